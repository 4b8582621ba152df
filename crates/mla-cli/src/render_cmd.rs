//! `mla render`: the request document as PDF or DOCX, byte for byte what
//! the app's render worker produces for the same draft and options.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mla_core::document::{assemble, Options};
use mla_core::draft_file::parse_draft;
use mla_core::languages::Lang;
use mla_core::model::Paper;
use mla_core::reference::requirements::context_for;
use mla_render::{Fonts, FONT_FILES};

const USAGE: &str =
    "usage: mla render DRAFT.json --lang LANG [--bilingual LANG2] [--paper a4|letter] \
[--data DIR] [--fonts DIR] --format pdf|docx -o OUT";

/// The fonts shipped with the app, found from the source tree by default.
const DEFAULT_FONTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/fonts");

struct Args {
    draft: PathBuf,
    lang: Option<Lang>,
    bilingual: Option<Lang>,
    paper: Option<Paper>,
    data: Option<PathBuf>,
    fonts: PathBuf,
    format: String,
    out: PathBuf,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut draft = None;
    let (mut lang, mut bilingual, mut paper, mut data, mut format, mut out) =
        (None, None, None, None, None, None);
    let mut fonts = PathBuf::from(DEFAULT_FONTS);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--lang" => lang = Some(crate::language(&value()?)?),
            "--bilingual" => bilingual = Some(crate::language(&value()?)?),
            "--paper" => {
                paper = Some(match value()?.as_str() {
                    "a4" => Paper::A4,
                    "letter" => Paper::Letter,
                    other => return Err(format!("unknown paper size {other}: use a4 or letter")),
                })
            }
            "--data" => data = Some(PathBuf::from(value()?)),
            "--fonts" => fonts = PathBuf::from(value()?),
            "--format" => format = Some(value()?),
            "-o" | "--output" => out = Some(PathBuf::from(value()?)),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s if draft.is_none() => draft = Some(PathBuf::from(s)),
            s => return Err(format!("unexpected argument {s}")),
        }
    }
    let format = format.ok_or("--format is required")?;
    if format != "pdf" && format != "docx" {
        return Err(format!("unknown format {format}: use pdf or docx"));
    }
    Ok(Args {
        draft: draft.ok_or("no DRAFT.json given")?,
        lang,
        bilingual,
        paper,
        data,
        fonts,
        format,
        out: out.ok_or("-o OUT is required")?,
    })
}

fn read_fonts(dir: &Path) -> Result<Fonts, String> {
    let files = FONT_FILES
        .iter()
        .map(|name| {
            std::fs::read(dir.join(name))
                .map_err(|e| format!("cannot read font {}: {e}", dir.join(name).display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Fonts::from_files(files).ok_or_else(|| "four font files are needed".to_string())
}

/// Runs `mla render`; exits 2 on bad arguments or unreadable input.
pub fn run(args: &[String]) -> ExitCode {
    match render(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mla: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn render(args: &[String]) -> Result<(), String> {
    let args = parse(args)?;
    let text = std::fs::read_to_string(&args.draft)
        .map_err(|e| format!("cannot read {}: {e}", args.draft.display()))?;
    let draft = parse_draft(&text)
        .map_err(|e| format!("{} is not a valid draft: {e}", args.draft.display()))?;
    let directory = args
        .data
        .as_deref()
        .map(crate::data::read_directory)
        .transpose()?;
    let context = context_for(&draft, directory.as_ref());
    let mut options = Options::from_draft(&draft);
    if let Some(lang) = args.lang {
        options.lang = lang;
    }
    if args.bilingual.is_some() {
        options.second = args.bilingual.filter(|l| *l != options.lang);
    }
    if let Some(paper) = args.paper {
        options.paper = paper;
    }
    let document = assemble(&draft, &options, &context);
    let bytes = if args.format == "pdf" {
        mla_render::pdf(&document, &read_fonts(&args.fonts)?).map_err(|e| e.to_string())?
    } else {
        mla_render::docx::docx(&document).map_err(|e| e.to_string())?
    };
    std::fs::write(&args.out, bytes)
        .map_err(|e| format!("cannot write {}: {e}", args.out.display()))
}
