//! Groups the text files of a folder into stories and prints them.
//!
//! ```text
//! cargo run -p newsclaim-dedup --release --example stories -- DIR [THRESHOLD …]
//! ```
//! Each file is one document, its first line the headline. With several thresholds, each
//! grouping is printed; when file names follow `<story>-<outlet>.txt`, same-story pair
//! precision and recall against that convention are printed too.

use newsclaim_dedup::{group_stories, StoryConfig, StoryDoc};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: stories DIR [THRESHOLD …]")?;
    let thresholds: Vec<f64> = args.map(|a| a.parse()).collect::<Result<_, _>>()?;
    let mut files: Vec<(String, String)> = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            files.push((name, std::fs::read_to_string(&path)?));
        }
    }
    files.sort();
    let docs: Vec<StoryDoc<'_>> = files
        .iter()
        .map(|(_, text)| {
            let (title, body) = text.split_once('\n').unwrap_or((text, ""));
            StoryDoc::new(body).title(title)
        })
        .collect();
    let gold = |i: usize| files[i].0.rsplit_once('-').map_or(files[i].0.as_str(), |(s, _)| s);
    for threshold in if thresholds.is_empty() { vec![StoryConfig::default().threshold()] } else { thresholds }
    {
        let config = StoryConfig::builder().threshold(threshold).build()?;
        let stories = group_stories(&docs, &config);
        let mut story_of = vec![0; docs.len()];
        for (n, s) in stories.iter().enumerate() {
            for &m in &s.members {
                story_of[m] = n;
            }
        }
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for a in 0..docs.len() {
            for b in a + 1..docs.len() {
                match (story_of[a] == story_of[b], gold(a) == gold(b)) {
                    (true, true) => tp += 1,
                    (true, false) => fp += 1,
                    (false, true) => fn_ += 1,
                    _ => {}
                }
            }
        }
        println!(
            "threshold {threshold}: {} stories; pairs right {tp}, false {fp}, missed {fn_}",
            stories.len()
        );
        for s in &stories {
            let names: Vec<&str> = s.members.iter().map(|&m| files[m].0.as_str()).collect();
            println!("  {}", names.join(" "));
        }
    }
    Ok(())
}
