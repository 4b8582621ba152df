// Debian's nginx with the repository's deployment recipe
// (deploy/nginx/mla-request-writer.conf), on 127.0.0.1 as an ordinary
// process: the app from a copy of dist, the reference data from a folder
// the test may change, behind HTTP Basic with a password file made here.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const RECIPE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../deploy/nginx/mla-request-writer.conf");
const MODULE = "/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so";

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An htpasswd line in nginx's {SSHA} scheme (no openssl needed). */
function htpasswdLine(user, password) {
  const salt = crypto.randomBytes(8);
  const hash = crypto.createHash("sha1").update(password).update(salt).digest();
  return `${user}:{SSHA}${Buffer.concat([hash, salt]).toString("base64")}\n`;
}

/**
 * Starts nginx serving `appRoot` at / and `dataRoot` at /reference/.
 * Resolves to { url, dataUrl, accessLog(), close() }.
 */
export async function startNginx({ appRoot, dataRoot, user, password, appOrigin = "http://127.0.0.1:1" }) {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "mla-nginx-"));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, "htpasswd"), htpasswdLine(user, password));
  fs.mkdirSync(path.join(dir, "tmp"));
  const site = fs
    .readFileSync(RECIPE, "utf8")
    .replaceAll("@LISTEN@", `127.0.0.1:${port}`)
    .replaceAll("@APP_ROOT@", appRoot)
    .replaceAll("@DATA_ROOT@", dataRoot)
    .replaceAll("@HTPASSWD@", path.join(dir, "htpasswd"))
    .replaceAll("@APP_ORIGIN@", appOrigin)
    .replaceAll("@ACCESS_LOG@", path.join(dir, "access.log"));
  fs.writeFileSync(path.join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `  ${t}_temp_path ${dir}/tmp;`)
    .join("\n");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `load_module ${MODULE};
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
${temp}
  include ${dir}/site.conf;
}
`
  );
  const proc = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/index.html`);
      break;
    } catch {
      if (i > 100 || proc.exitCode !== null) {
        throw new Error(`nginx did not start: ${stderr}${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, "utf8") : ""}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    dataUrl: `${url}/reference/`,
    accessLog: () => fs.readFileSync(path.join(dir, "access.log"), "utf8"),
    close: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
      }),
  };
}
