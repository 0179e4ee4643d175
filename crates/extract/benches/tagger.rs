//! Throughput of the part-of-speech tagger and noun-phrase chunker on article-like text
//! (wire-story sentences, already tokenized): `tag` tags, `tag_chunk` tags and chunks. Criterion
//! reports words per second; nanoseconds per word are its inverse.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsclaim_extract::tagger::{Scratch, Tagger};
use std::hint::black_box;

const ARTICLE: &str = "\
Turkish Foreign Minister Hakan Fidan on Monday urged Sweden to extradite the suspects .
“ We will not accept any delay , ” Fidan told reporters in Ankara .
The European Union 's foreign ministers rejected the proposal put forward by Hungary , calling it a distraction .
Protesters demand the release of political prisoners held since the 2021 coup .
Kremlin spokesman Dmitry Peskov said Moscow had not received any official request from Kyiv .
The ceasefire , brokered by Qatar and Egypt , collapsed after three days of heavy fighting in the south .
Economic demand fell sharply in the third quarter , the central bank said in a statement on Thursday .
Officials in Washington accused Beijing of violating the agreement signed in March .
According to the United Nations , more than 1.2 million people have fled their homes since the conflict began .
The government denied the allegations and warned of retaliation against what it called foreign interference .
Opposition leader Maria Lopez , who has been under house arrest since June , called for fresh elections .
Oil prices rose 3 % on Tuesday after OPEC+ agreed to extend production cuts until the end of the year .
A senior diplomat , speaking on condition of anonymity , said talks would resume next week in Geneva .
The minister rejected the demand .
Many of the demands are unacceptable , he said , adding that the country would not negotiate under pressure .
Israeli Prime Minister Benjamin Netanyahu has repeatedly vowed to continue the offensive until Hamas is destroyed .
Thousands of people gathered outside parliament on Saturday to protest against the new tax law .
The company 's shares fell 12 % in early trading after it reported a $ 2.3 billion loss .
NATO Secretary-General Jens Stoltenberg said the alliance was ready to defend every inch of its territory .
Rescue workers were still searching for survivors late on Sunday , local media reported .";

fn sentences() -> Vec<Vec<&'static str>> {
    ARTICLE.lines().map(|l| l.split_whitespace().collect()).collect()
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::builtin();
    let sentences = sentences();
    let words: usize = sentences.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("tagger");
    group.throughput(Throughput::Elements(words as u64));
    let mut scratch = Scratch::new();
    let (mut tags, mut chunks) = (Vec::new(), Vec::new());
    group.bench_function("tag", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &sentences {
                tagger.tag_into(black_box(s), &mut scratch, &mut tags);
                n += tags.len();
            }
            n
        })
    });
    group.bench_function("tag_chunk", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &sentences {
                tagger.tag_chunk_into(black_box(s), &mut scratch, &mut tags, &mut chunks);
                n += chunks.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
