#!/usr/bin/env python3
"""Writes the bundled sample reference data: public/data/directory.json and
public/data/treaties.json.

Every record is fictional (names, addresses, phones, e-mails on the reserved
.example domain) and both files say "sample": true; the app shows a badge
while they are in use. Party lists and dates are plausible, not
authoritative. Deterministic: running it twice gives the same bytes.

Usage: python3 scripts/make_sample_data.py [OUT_DIR]
"""
import hashlib
import json
import sys
from pathlib import Path

DATA_DATE = "2026-11-01"

UN_MEMBERS = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ
ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW
KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI
NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN
YE ZM ZW""".split()
OTHERS = ["EU", "VA", "PS"]
ENTRIES = UN_MEMBERS + OTHERS

GROUPS = {
    "ar": "DZ BH DJ EG IQ JO KW LB LY MR MA OM QA SA SO SD SY TN AE YE KM PS",
    "fr": "BE BJ BF BI CM CF TD CG CD CI GA GN HT LU MG ML MC NE RW SN SC TG FR VU DJ KM MU",
    "es": "AR BO CL CO CR CU DO EC SV GQ GT HN MX NI PA PY PE ES UY VE",
    "pt": "AO BR CV GW MZ PT ST TL",
    "ru": "RU BY KZ KG TJ AM AZ UZ TM",
}
OWN = {
    "AF": ["fa", "ps"], "IR": ["fa"], "TJ": ["tg"], "AL": ["sq"], "AD": ["ca"], "AM": ["hy"],
    "AT": ["de"], "AZ": ["az"], "BD": ["bn"], "BA": ["bs", "hr", "sr"], "BG": ["bg"], "KH": ["km"],
    "CN": ["zh"], "HR": ["hr"], "CY": ["el"], "CZ": ["cs"], "DK": ["da"], "EE": ["et"], "ET": ["am"],
    "FI": ["fi", "sv"], "GE": ["ka"], "DE": ["de"], "GR": ["el"], "HU": ["hu"], "IS": ["is"],
    "IN": ["hi"], "ID": ["id"], "IL": ["he"], "IT": ["it"], "JP": ["ja"], "KR": ["ko"], "KP": ["ko"],
    "LA": ["lo"], "LV": ["lv"], "LI": ["de"], "LT": ["lt"], "MY": ["ms"], "MV": ["dv"], "MT": ["mt"],
    "MN": ["mn"], "ME": ["cnr", "sr"], "MM": ["my"], "NP": ["ne"], "NL": ["nl"], "MK": ["mk"],
    "NO": ["nb"], "PK": ["ur"], "PL": ["pl"], "RO": ["ro"], "MD": ["ro"], "RS": ["sr"], "SK": ["sk"],
    "SI": ["sl"], "LK": ["si", "ta"], "SE": ["sv"], "CH": ["de", "fr", "it"], "TH": ["th"],
    "TR": ["tr"], "TM": ["tk"], "UA": ["uk"], "UZ": ["uz"], "VN": ["vi"], "SM": ["it"],
    "VA": ["it"], "EU": ["en", "fr", "de"], "KE": ["sw"], "TZ": ["sw"], "ER": ["ti"], "SR": ["nl"],
    "CA": ["en", "fr"], "IE": ["en", "ga"], "PH": ["fil"], "BN": ["ms"], "BT": ["dz"], "KZ": ["kk"],
    "KG": ["ky"], "BY": ["be"], "HT": ["fr", "ht"],
}
ZONES = {
    "EU": "Europe/Brussels", "RU": "Europe/Moscow", "AU": "Australia/Canberra", "CA": "America/Toronto",
    "BR": "America/Sao_Paulo", "US": "America/New_York", "MX": "America/Mexico_City",
    "ID": "Asia/Jakarta", "KZ": "Asia/Almaty", "CD": "Africa/Kinshasa",
    "AR": "America/Argentina/Buenos_Aires", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "CL": "America/Santiago", "EC": "America/Guayaquil", "NZ": "Pacific/Auckland",
    "FM": "Pacific/Pohnpei", "KI": "Pacific/Tarawa", "MN": "Asia/Ulaanbaatar", "UA": "Europe/Kyiv",
    "DE": "Europe/Berlin", "MY": "Asia/Kuala_Lumpur", "UZ": "Asia/Tashkent", "CN": "Asia/Shanghai",
    "PS": "Asia/Gaza", "MH": "Pacific/Majuro", "PG": "Pacific/Port_Moresby", "CY": "Asia/Nicosia",
}
# Weekends that are not Saturday-Sunday.
SAT_WED = {"AF", "IR"}
SUN_THU = {"IL", "EG", "IQ", "JO", "KW", "OM", "QA", "SA", "BH", "DZ", "LY", "SD", "SY", "YE", "PS"}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

FAMILY = ["Adler", "Baptiste", "Castro", "Dimitrov", "Eriksen", "Farouk", "Gallo", "Haddad",
          "Ivanova", "Jovanović", "Kader", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrović",
          "Quintero", "Rahimi", "Santos", "Tanaka", "Urquhart", "Valdés", "Wójcik", "Yilmaz", "Zeller"]
GIVEN = ["Amina", "Bruno", "Carmen", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas",
         "Karim", "Lucía", "Marek", "Nadia", "Omar", "Paula", "Rania", "Sergei", "Tamara", "Viktor"]


def digest(*parts):
    return int(hashlib.sha256("/".join(parts).encode()).hexdigest()[:8], 16)


def zone_table():
    zones = {}
    for line in Path("/usr/share/zoneinfo/zone.tab").read_text().splitlines():
        if line.startswith("#"):
            continue
        code, _, zone = line.split("\t")[:3]
        zones.setdefault(code, zone)
    return zones


def languages(code):
    own = list(OWN.get(code, []))
    for lang, members in GROUPS.items():
        if code in members.split() and lang not in own:
            own.append(lang)
    return own or ["en"]


def accepted(code, own):
    """Own languages, and English for about two States in three."""
    langs = list(own)
    if "en" not in langs and digest(code, "en") % 3:
        langs.append("en")
    return langs


def hours(code, n):
    if code in SAT_WED:
        days = ["sat", "sun", "mon", "tue", "wed"]
    elif code in SUN_THU:
        days = ["sun", "mon", "tue", "wed", "thu"]
    else:
        days = WEEKDAYS[:5]
    if digest(code, str(n), "split") % 4 == 0:
        return [{"days": days, "opens": "08:00", "closes": "12:00"},
                {"days": days, "opens": "14:00", "closes": "17:00"}]
    start = ["08:00", "08:30", "09:00"][digest(code, str(n), "start") % 3]
    end = ["16:00", "16:30", "17:00", "18:00"][digest(code, str(n), "end") % 4]
    return [{"days": days, "opens": start, "closes": end}]


KINDS = [
    ("mla", "Central Authority for Mutual Legal Assistance, Ministry of Justice (sample)",
     ["mla", "transfer_sentenced"], "justice"),
    ("extr", "Directorate of Extradition and International Affairs (sample)", ["extradition"], "extradition"),
    ("aro", "Asset Recovery Office, Office of the Prosecutor General (sample)", ["asset_recovery", "mla"],
     "aro"),
    ("sea", "Maritime Operations Centre, National Coast Guard (sample)", ["drugs_at_sea", "migrants_at_sea"],
     "coastguard"),
    ("fa", "Firearms Tracing Unit, National Police (sample)", ["firearms"], "police"),
]


def kinds_for(index):
    chosen = [KINDS[0], KINDS[1]]
    if index % 2 == 0:
        chosen.append(KINDS[2])
    if index % 3 == 0:
        chosen.append(KINDS[3])
    if index % 5 == 0:
        chosen.append(KINDS[4])
    return chosen


def authority(code, index, n, kind, zones):
    suffix, name, designations, host = kind
    own = languages(code)
    accept = accepted(code, own)
    h = digest(code, suffix)
    person = f"{GIVEN[h % len(GIVEN)]} {FAMILY[(h // 7) % len(FAMILY)]}"
    domain = f"{host}.{code.lower()}.example"
    channels = ["post", "email"]
    if h % 3 == 0:
        channels.append("secure_platform")
    if suffix == "extr" or h % 4 == 0:
        channels.append("diplomatic")
    interpol = h % 2 == 0
    if interpol:
        channels.append("interpol")
    required = [f"Translation of the request and its annexes into {'/'.join(accept)}"]
    if "mla" in designations:
        required.append("Certified copy of any court order for coercive measures")
    if "asset_recovery" in designations:
        required.append("Copy of the freezing or confiscation order, with proof that it is final")
    urgent = ("Send an advance copy by e-mail and telephone the duty officer; "
              "the original follows by the usual channel within 15 days.")
    if interpol:
        urgent += " INTERPOL may be used for the advance copy."
    record = {
        "id": f"{code.lower()}-{suffix}",
        "country": code,
        "name": name,
        "designations": designations,
        "address": f"{10 + h % 90} Example Avenue, PO Box {1000 + h % 9000}, Capital City ({code}), SAMPLE ADDRESS",
        "phone": f"+000 {20 + n} 555 {h % 10000:04d}",
        "fax": f"+000 {20 + n} 556 {h % 10000:04d}" if h % 2 else "",
        "email": f"{suffix}@{domain}",
        "website": f"https://www.{domain}/",
        "contact_persons": [{
            "name": person,
            "role": "Head of Unit (fictional)",
            "phone": f"+000 {20 + n} 555 {(h + 1) % 10000:04d}",
            "email": f"{person.split()[0].lower()}@{domain}",
        }],
        "office_hours": hours(code, n),
        "time_zone": ZONES.get(code, zones.get(code, "UTC")),
        "working_languages": own,
        "accepted_languages": accept,
        "required_documents": required,
        "channels": channels,
        "interpol": interpol,
        "urgent_procedure": urgent,
        "comments": "Sample record: fictional details for training and testing. Do not send requests to this address.",
        "last_updated": f"2026-{1 + h % 10:02d}-{1 + h % 28:02d}",
    }
    if suffix == "extr":
        record["untoc_extradition_basis"] = h % 3 != 0
    return record


def directory(zones):
    authorities = []
    for index, code in enumerate(ENTRIES):
        for n, kind in enumerate(kinds_for(index)):
            authorities.append(authority(code, index, n, kind, zones))
    return {"format_version": 1, "data_date": DATA_DATE, "sample": True, "authorities": authorities}


def add_days(date, days):
    import datetime
    d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
    return d.isoformat()


def parties(name, members, opened, in_force):
    """Signature after opening, ratification later, entry into force 30 days
    after ratification or on the treaty's own date, whichever is later."""
    result = []
    for code in members:
        h = digest(name, code)
        signature = add_days(opened, h % 400)
        ratification = add_days(signature, 200 + h % 3000)
        eif = max(in_force, add_days(ratification, 30))
        if eif > DATA_DATE:
            ratification, eif = add_days(opened, 300 + h % 200), in_force
        result.append({"country": code, "signature": signature, "ratification": ratification,
                       "entry_into_force": eif})
    return result


COE = """AL AD AM AT AZ BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT LV LI LT LU MT MD MC ME
NL MK NO PL PT RO SM RS SK SI ES SE CH TR UA GB""".split()
OAS = """AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC
SR TT US UY VE""".split()
ECOWAS = "BJ BF CV CI GM GH GN GW LR ML NE NG SN SL TG".split()
SADC = "AO BW KM CD SZ LS MG MW MU MZ NA SC ZA TZ ZM ZW".split()
ASEAN = "BN KH ID LA MY MM PH SG TH VN".split()
ARAB = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()


def instrument(id_, title, short, kind, subjects, articles, members, opened, in_force, link):
    return {"id": id_, "title": title, "short_title": short, "kind": kind, "subjects": subjects,
            "articles": articles, "parties": parties(id_, members, opened, in_force),
            "declarations": [], "link": link}


def treaties(dir_data):
    everyone = [c for c in ENTRIES if c != "VA"]
    untoc_out = {"PW", "SB", "SO", "SS", "TV", "IR", "CG"}
    uncac_out = {"ER", "KP", "MC", "SO", "SY"}
    budapest = [c for c in COE if c not in {"RU", "SM"}] + \
        "US CA JP AU CL CR DO PA PE PH SN GH MA AR CO BR CV IL LK TO NG CM SL".split()
    items = [
        instrument("untoc", "United Nations Convention against Transnational Organized Crime", "UNTOC",
                   "multilateral", ["mla", "extradition", "confiscation", "transfer_sentenced"],
                   "art. 18", [c for c in everyone if c not in untoc_out], "2000-12-12", "2003-09-29",
                   "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html"),
        instrument("uncac", "United Nations Convention against Corruption", "UNCAC", "multilateral",
                   ["mla", "extradition", "confiscation"], "art. 46, art. 54-57",
                   [c for c in everyone if c not in uncac_out], "2003-12-09", "2005-12-14",
                   "https://www.unodc.org/unodc/en/corruption/uncac.html"),
        instrument("drugs1988", "United Nations Convention against Illicit Traffic in Narcotic Drugs and "
                   "Psychotropic Substances", "1988 Convention", "multilateral",
                   ["mla", "extradition", "confiscation"], "art. 7",
                   [c for c in everyone if c not in {"TV", "SS", "PS"}], "1988-12-20", "1990-11-11",
                   "https://www.unodc.org/unodc/en/treaties/illicit-trafficking.html"),
        instrument("budapest", "Convention on Cybercrime (ETS No. 185)", "Budapest Convention",
                   "multilateral", ["mla", "cybercrime", "extradition"], "art. 25-35", budapest,
                   "2001-11-23", "2004-07-01", "https://www.coe.int/en/web/cybercrime/the-budapest-convention"),
        instrument("ets030", "European Convention on Mutual Assistance in Criminal Matters (ETS No. 30)",
                   "1959 European Convention", "regional", ["mla"], "art. 1-26",
                   COE + ["IL", "CL", "KR"], "1959-04-20", "1962-06-12",
                   "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=030"),
        instrument("iacmla", "Inter-American Convention on Mutual Assistance in Criminal Matters",
                   "1992 Inter-American Convention", "regional", ["mla"], "art. 1-40",
                   [c for c in OAS if c not in {"CU", "GY", "SR", "BZ", "HT"}], "1992-05-23",
                   "1996-04-14", "https://www.oas.org/juridico/english/treaties/a-55.html"),
        instrument("ecowas-mla", "ECOWAS Convention on Mutual Assistance in Criminal Matters",
                   "ECOWAS Convention", "regional", ["mla"], "art. 1-35", ECOWAS, "1992-07-29",
                   "1998-10-01", "https://www.ecowas.int/"),
        instrument("sadc-mla", "SADC Protocol on Mutual Legal Assistance in Criminal Matters",
                   "SADC Protocol", "regional", ["mla", "confiscation"], "art. 1-31", SADC, "2002-10-03",
                   "2007-03-01", "https://www.sadc.int/"),
        instrument("asean-mla", "Treaty on Mutual Legal Assistance in Criminal Matters (ASEAN)",
                   "ASEAN MLA Treaty", "regional", ["mla"], "art. 1-32", ASEAN, "2004-11-29",
                   "2006-04-28", "https://asean.org/"),
        instrument("riyadh", "Riyadh Arab Agreement for Judicial Cooperation", "Riyadh Agreement",
                   "regional", ["mla", "extradition"], "art. 14-21", ARAB, "1983-04-06", "1985-10-30",
                   "https://www.lasportal.org/"),
        instrument("us-gb-mlat", "Treaty between the United States of America and the United Kingdom "
                   "on Mutual Legal Assistance in Criminal Matters (sample entry)", "US-UK MLAT",
                   "bilateral", ["mla", "confiscation"], "art. 1-19", ["US", "GB"], "1994-01-06",
                   "1996-12-02", ""),
        instrument("us-mx-mlat", "Treaty on Cooperation between the United States of America and the "
                   "United Mexican States for Mutual Legal Assistance (sample entry)", "US-Mexico MLAT",
                   "bilateral", ["mla", "confiscation"], "art. 1-15", ["US", "MX"], "1987-12-09",
                   "1991-05-03", ""),
        instrument("fr-ma-mla", "Convention d'entraide judiciaire en matière pénale entre la France et le "
                   "Maroc (sample entry)", "France-Morocco Convention", "bilateral", ["mla"],
                   "art. 1-30", ["FR", "MA"], "2008-04-18", "2011-12-01", ""),
        instrument("ba-hr-mla", "Agreement between Bosnia and Herzegovina and the Republic of Croatia on "
                   "Legal Assistance in Civil and Criminal Matters (sample entry)", "BA-HR Agreement",
                   "bilateral", ["mla", "extradition"], "art. 1-60", ["BA", "HR"], "1996-02-26",
                   "1997-06-01", ""),
        instrument("rs-me-mla", "Agreement between Serbia and Montenegro on Legal Assistance in Civil and "
                   "Criminal Matters (sample entry)", "RS-ME Agreement", "bilateral", ["mla"], "art. 1-70",
                   ["RS", "ME"], "2009-05-29", "2010-07-01", ""),
    ]
    for t in items:
        for p in t["parties"]:
            if p["country"] == "EU":
                p["signature"] = p["ratification"] = None
    by_country = {}
    for a in dir_data["authorities"]:
        if "mla" in a["designations"]:
            by_country.setdefault(a["country"], a)
    for t in items[:2]:
        for p in t["parties"]:
            a = by_country.get(p["country"])
            if a and digest(t["id"], p["country"], "decl") % 3 == 0:
                t["declarations"].append({"country": p["country"], "kind": "languages",
                                          "text": "Requests must be in " + " or ".join(a["accepted_languages"])
                                          + " (sample declaration)."})
    return {"format_version": 1, "data_date": DATA_DATE, "sample": True, "instruments": items}


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "public/data")
    out.mkdir(parents=True, exist_ok=True)
    d = directory(zone_table())
    t = treaties(d)
    for name, data in (("directory.json", d), ("treaties.json", t)):
        (out / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(d['authorities'])} authorities of {len(ENTRIES)} entries, {len(t['instruments'])} instruments")


if __name__ == "__main__":
    main()
