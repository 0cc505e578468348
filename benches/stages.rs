//! Benchmarks of each stage and end to end: `cargo bench` (set GOVDIFF_CORPUS for corpus reports).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use govdiff::align::{self, vectors::Tokens};
use govdiff::compare::{self, Options};
use govdiff::segment::Segmenter;
use govdiff::{Report, Source, outline, render};

/// A file's name and bytes.
type Input = (String, Vec<u8>);

fn read(path: PathBuf) -> Input {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    (name, std::fs::read(&path).unwrap())
}

/// Pairs to compare: the bundled demo pair, and guowuyuan 2021 → 2022 from the corpus when
/// `GOVDIFF_CORPUS` is set; plus the largest corpus report for the single-report stages.
fn inputs() -> (Vec<[Input; 2]>, Vec<Input>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut pairs = vec![[
        read(root.join("samples/jiefang-2021.constructed.txt")),
        read(root.join("samples/jiefang-2022.txt")),
    ]];
    let mut singles = vec![read(root.join("samples/jiefang-2022.txt"))];
    if let Some(corpus) = std::env::var_os("GOVDIFF_CORPUS").map(PathBuf::from) {
        pairs.push([
            read(corpus.join("guowuyuan-2021.txt")),
            read(corpus.join("guowuyuan-2022.txt")),
        ]);
        let largest = std::fs::read_dir(&corpus)
            .expect("read GOVDIFF_CORPUS")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .expect("corpus has reports");
        singles.push(read(largest));
    }
    (pairs, singles)
}

fn stages(c: &mut Criterion) {
    let (pairs, singles) = inputs();
    for (name, bytes) in &singles {
        let source = Source::from_bytes(name, bytes).unwrap();
        c.bench_function(&format!("source/{name} ({} KB)", bytes.len() / 1024), |b| {
            b.iter(|| Source::from_bytes(name, black_box(bytes)).unwrap())
        });
        c.bench_function(&format!("outline/{name}"), |b| {
            b.iter(|| outline::parse(black_box(source.text())))
        });
    }
    for [(old_name, old_bytes), (new_name, new_bytes)] in &pairs {
        let pair = format!("{old_name} → {new_name}");
        let old = Report::from_bytes(old_name, old_bytes).unwrap();
        let new = Report::from_bytes(new_name, new_bytes).unwrap();
        let texts = [old.source.text(), new.source.text()];
        c.bench_function(&format!("segmenter/{pair}"), |b| {
            b.iter(|| Segmenter::for_texts(black_box(&texts)))
        });
        let segmenter = Segmenter::for_texts(&texts);
        c.bench_function(&format!("tokens/{pair}"), |b| {
            b.iter(|| {
                (
                    segmenter.tokens(black_box(texts[0])),
                    segmenter.tokens(black_box(texts[1])),
                )
            })
        });
        let old_tokens = Tokens::new(texts[0], segmenter.tokens(texts[0]));
        let new_tokens = Tokens::new(texts[1], segmenter.tokens(texts[1]));
        c.bench_function(&format!("align/{pair}"), |b| {
            b.iter(|| align::align(black_box(&old), &old_tokens, black_box(&new), &new_tokens))
        });
        c.bench_function(&format!("numbers/{pair}"), |b| {
            b.iter(|| govdiff::numbers::compare_reports(black_box(&old), black_box(&new)))
        });
        c.bench_function(&format!("initiatives/{pair}"), |b| {
            b.iter(|| {
                govdiff::initiatives::analyse_tokens(
                    black_box(&old),
                    &old_tokens.tokens,
                    black_box(&new),
                    &new_tokens.tokens,
                )
            })
        });
        let options = Options::default();
        // Everything but the segmenter and reading: tokens, alignment, word diffs, figures, initiatives.
        c.bench_function(&format!("compare with a segmenter/{pair}"), |b| {
            b.iter(|| compare::compare_with(black_box(&old), black_box(&new), &segmenter, &options))
        });
        let comparison = compare::compare(&old, &new, &options);
        c.bench_function(&format!("json/{pair}"), |b| {
            b.iter(|| render::json::render(black_box(&comparison)))
        });
        c.bench_function(&format!("end to end from bytes/{pair}"), |b| {
            b.iter(|| {
                let old = Report::from_bytes(old_name, black_box(old_bytes)).unwrap();
                let new = Report::from_bytes(new_name, black_box(new_bytes)).unwrap();
                render::json::render(&compare::compare(&old, &new, &options))
            })
        });
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
