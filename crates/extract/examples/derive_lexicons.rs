//! Rewrites the crate's data files derived from the PETRARCH2 dictionaries (MIT licence; see
//! `NOTICE`): `data/agents.tsv` (nouns that name actors by what they are, with their CAMEO role)
//! and `data/codes.tsv` (CAMEO actor codes of the states and organisations of the gazetteer).
//!
//! ```text
//! cargo run -p newsclaim-extract --example derive_lexicons -- PETRARCH2_DICTIONARY_DIR
//! ```
//!
//! The output is deterministic (sorted). Run it from the crate or the workspace root.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Agent nouns that name things, places or events rather than actors (weapons, vehicles,
/// buildings, uprisings), and people in general.
const NOT_ACTORS: [&str; 58] = [
    "aircraft",
    "airliner",
    "artillery",
    "barracks",
    "battleship",
    "battlewagon",
    "boat",
    "bomber",
    "carrier",
    "containership",
    "corvette",
    "cruiser",
    "destroyer",
    "freighter",
    "frigate",
    "gunboat",
    "helicopter",
    "hmmwv",
    "humvee",
    "jet",
    "jetfighter",
    "jetliner",
    "jumbojet",
    "kfir",
    "mig",
    "missile",
    "oiler",
    "plane",
    "ship",
    "submarine",
    "supertanker",
    "tank",
    "tanker",
    "vessel",
    "warplane",
    "warship",
    "hospital",
    "infirmary",
    "kindergarden",
    "kindergarten",
    "preschool",
    "prison",
    "sanatarium",
    "sanatorium",
    "sanitarium",
    "schoolhouse",
    "settlement",
    "village",
    "insurgence",
    "insurgency",
    "rebellion",
    "revolt",
    "uprising",
    "governance",
    "intelligence",
    "person",
    "people",
    "man",
];

/// Roles kept from the agents file; the others (religions, ethnic groups, professions with no
/// political voice) are left to the articles.
const ROLES: [&str; 23] = [
    "GOV", "OPP", "JUD", "COP", "MIL", "REB", "BUS", "MED", "CVL", "LEG", "PTY", "IGO", "NGO", "SPY", "LAB",
    "EDU", "HLH", "REF", "UAF", "HRI", "ENV", "AGR", "REL",
];

/// The dictionary codes religion by faith (`MUS`, `CHR`, …); of those entries only the clergy,
/// who speak for their faithful ("the top Shiite cleric called for …"), are kept, as `REL`.
const FAITHS: [&str; 5] = ["MUS", "CHR", "JEW", "HIN", "BUD"];

/// Heads of the religious phrases kept (a believer, a pilgrim or a monastery speaks for no one).
const CLERGY: [&str; 26] = [
    "cleric",
    "clerics",
    "clergy",
    "clergyman",
    "clergymen",
    "clergywoman",
    "clergywomen",
    "imam",
    "imams",
    "mullah",
    "mullahs",
    "bishop",
    "bishops",
    "archbishop",
    "archbishops",
    "priest",
    "priests",
    "rabbi",
    "rabbis",
    "preacher",
    "preachers",
    "prelate",
    "prelates",
    "abbot",
    "religious leader",
    "religious leaders",
];

fn main() {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| {
        eprintln!("usage: derive_lexicons PETRARCH2_DICTIONARY_DIR");
        std::process::exit(2);
    });
    let crate_dir = if Path::new("data/verbs.tsv").exists() {
        PathBuf::from(".")
    } else {
        PathBuf::from("crates/extract")
    };
    let read = |name: &str| {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let agents = agents(&read("Phoenix.agents.txt"));
    let mut out = String::from(
        "# Nouns that name an actor by what it is, with the actor's CAMEO role (GOV government, OPP\n\
         # opposition, JUD judiciary, COP police, MIL military, REB rebels, BUS business, MED media,\n\
         # CVL civil society, LEG legislature, PTY party, LAB labour, …). Derived from PETRARCH2's\n\
         # Phoenix.agents.txt (MIT licence, see NOTICE) by examples/derive_lexicons.rs; do not edit by hand.\n\
         # phrase\trole\n",
    );
    for (phrase, role) in &agents {
        out.push_str(&format!("{phrase}\t{role}\n"));
    }
    std::fs::write(crate_dir.join("data/agents.tsv"), out).expect("write data/agents.tsv");

    let mut names: BTreeMap<String, String> = BTreeMap::new();
    actor_codes(&read("Phoenix.Countries.actors.txt"), 3, &mut names);
    actor_codes(&read("Phoenix.International.actors.txt"), 12, &mut names);
    actor_codes(&read("Phoenix.MilNonState.actors.txt"), 12, &mut names);
    let mut codes = String::from(
        "# CAMEO actor codes of the gazetteer's states and organisations (ISO 3166-1 alpha-3 for states).\n\
         # Derived from PETRARCH2's actor dictionaries (MIT licence, see NOTICE) by matching the names of\n\
         # countries.tsv and organisations.tsv; written by examples/derive_lexicons.rs, do not edit by hand.\n\
         # norm\tcode\n",
    );
    let mut missing = Vec::new();
    for file in ["countries.tsv", "organisations.tsv"] {
        let text = std::fs::read_to_string(crate_dir.join("data").join(file)).expect("gazetteer file");
        for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let norm = cols[0].trim();
            let candidates = std::iter::once(norm).chain(cols.get(1).into_iter().flat_map(|c| c.split(';')));
            match candidates.map(key).find_map(|k| names.get(&k)) {
                Some(code) => codes.push_str(&format!("{norm}\t{code}\n")),
                None => missing.push(norm.to_string()),
            }
        }
    }
    std::fs::write(crate_dir.join("data/codes.tsv"), codes).expect("write data/codes.tsv");
    eprintln!("{} agent phrases; no code for: {}", agents.len(), missing.join(", "));
}

/// A dictionary phrase as the gazetteer writes names: lowercase words separated by spaces.
fn key(name: &str) -> String {
    name.trim()
        .trim_start_matches('+')
        .trim_end_matches('_')
        .replace(['_', '-'], " ")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Agent phrases with their role, regular plurals added (the dictionary leaves them to the coder).
fn agents(text: &str) -> BTreeMap<String, &'static str> {
    let mut sets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some((name, members)) = line.split_once('=') {
            if name.trim().starts_with('!') {
                let members = members.split(',').map(|m| m.trim().to_lowercase()).collect();
                sets.insert(name.trim().to_string(), members);
                continue;
            }
        }
        let Some(open) = line.find("[~") else { continue };
        let role = line[open + 2..].chars().take(3).collect::<String>();
        let religious = role == "REL" || FAITHS.contains(&role.as_str());
        let role = if religious { "REL" } else { role.as_str() };
        let Some(&role) = ROLES.iter().find(|r| **r == role) else { continue };
        let phrase = line[..open].split('{').next().unwrap_or("").trim();
        for expanded in expand(phrase, &sets) {
            let k = key(&expanded);
            if religious && !CLERGY.iter().any(|w| k == *w || k.ends_with(&format!(" {w}"))) {
                continue;
            }
            if k.is_empty()
                || k.contains('.')
                || k.split(' ').count() > 3
                || k.contains(',')
                || k.bytes().any(|b| b.is_ascii_digit())
                || NOT_ACTORS.iter().any(|w| k == *w || k.ends_with(&format!(" {w}")))
            {
                continue;
            }
            let already_plural = ["men", "ren", "ple", "ry", "ia"].iter().any(|x| k.ends_with(x))
                || k.ends_with('s') && !k.ends_with("ss");
            if !already_plural {
                out.entry(plural(&k)).or_insert(role);
            }
            out.entry(k).or_insert(role);
        }
    }
    // (the dictionary names only kinds of officer: "police officer", "security officer"; alone,
    // an officer is most often the police's)
    for (k, role) in [("officer", "COP"), ("officers", "COP")] {
        out.entry(k.to_string()).or_insert(role);
    }
    out
}

/// Expands `!SET!` references ("POLICE!PERSON!" → policeman, policemen, policewoman, …).
fn expand(phrase: &str, sets: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let Some(start) = phrase.find('!') else { return vec![phrase.to_string()] };
    let Some(len) = phrase[start + 1..].find('!') else { return vec![phrase.to_string()] };
    let name = &phrase[start..start + len + 2];
    let rest = &phrase[start + len + 2..];
    let members = sets.get(name).cloned().unwrap_or_default();
    let mut out = Vec::new();
    for m in members {
        for tail in expand(rest, sets) {
            out.push(format!("{}{m}{tail}", &phrase[..start]).to_lowercase());
        }
    }
    out
}

/// The regular plural of a phrase's head: its last word, or the word before "of"/"for"/"in"
/// ("ministry of defence" → "ministries of defence").
fn plural(phrase: &str) -> String {
    for connective in [" of ", " for ", " in "] {
        if let Some((head, rest)) = phrase.split_once(connective) {
            return format!("{}{connective}{rest}", plural(head));
        }
    }
    let (head, last) = phrase.rsplit_once(' ').map_or(("", phrase), |(h, l)| (h, l));
    let last = if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else if last.ends_with('y') && !last.ends_with("ay") && !last.ends_with("ey") && !last.ends_with("oy") {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|s| last.ends_with(s)) {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    if head.is_empty() {
        last
    } else {
        format!("{head} {last}")
    }
}

/// Names of actor blocks and their current code: a block is a name line, `+ALIAS` lines, and
/// code lines (`[CODE]`, `[CODE >date]` current, `[CODE a-b]` and `[CODE <date]` past), on the
/// name line or indented after it. Codes longer than `max_len` letters are skipped.
fn actor_codes(text: &str, max_len: usize, out: &mut BTreeMap<String, String>) {
    let mut names: Vec<String> = Vec::new();
    let mut code: Option<String> = None;
    let mut flush = |names: &mut Vec<String>, code: &mut Option<String>| {
        if let Some(c) = code.take() {
            for n in names.iter() {
                out.entry(n.clone()).or_insert_with(|| c.clone());
            }
        }
        names.clear();
    };
    let current_codes = |line: &str| -> Option<String> {
        let mut found = None;
        let mut rest = line;
        while let (Some(open), Some(close)) = (rest.find('['), rest.find(']')) {
            if close < open {
                break;
            }
            let inner = rest[open + 1..close].trim();
            rest = &rest[close + 1..];
            let mut parts = inner.split_whitespace();
            let c = parts.next().unwrap_or("");
            let when = parts.next().unwrap_or("");
            let current = when.is_empty() || when.starts_with('>');
            if current && !c.is_empty() && c.len() <= max_len && c.bytes().all(|b| b.is_ascii_uppercase()) {
                found = Some(c.to_string());
            }
        }
        found
    };
    let mut in_codes = false;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim_end();
        if line.trim().is_empty() {
            continue;
        }
        if let Some(alias) = line.strip_prefix('+') {
            if in_codes {
                flush(&mut names, &mut code);
                in_codes = false;
            }
            names.push(key(alias));
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            in_codes = true;
            if let Some(c) = current_codes(line) {
                code = Some(c);
            }
            continue;
        }
        flush(&mut names, &mut code);
        in_codes = false;
        let (name, codes) = line.split_once('[').map_or((line, ""), |(n, _)| (n, &line[n.len()..]));
        names.push(key(name));
        if let Some(c) = current_codes(codes) {
            code = Some(c);
            in_codes = true;
        }
    }
    flush(&mut names, &mut code);
}
