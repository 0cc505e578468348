//! Benchmarks of each stage on real inputs: `cargo bench` (set GOVDIFF_CORPUS for corpus files).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use govdiff::{Report, Source, outline};

/// The bundled sample, and the largest report of the corpus when `GOVDIFF_CORPUS` is set.
fn inputs() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("samples/jiefang-2022.txt")];
    if let Some(corpus) = std::env::var_os("GOVDIFF_CORPUS") {
        let largest = std::fs::read_dir(corpus)
            .expect("read GOVDIFF_CORPUS")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
            .expect("corpus has reports");
        files.push(largest);
    }
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    for (name, bytes) in inputs() {
        let source = Source::from_bytes(&name, &bytes).unwrap();
        c.bench_function(&format!("source/{name} ({} KB)", bytes.len() / 1024), |b| {
            b.iter(|| Source::from_bytes(&name, black_box(&bytes)).unwrap())
        });
        c.bench_function(&format!("outline/{name}"), |b| {
            b.iter(|| outline::parse(black_box(source.text())))
        });
        c.bench_function(&format!("source+outline/{name}"), |b| {
            b.iter(|| Report::from_bytes(&name, black_box(&bytes)).unwrap())
        });
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
