//! Build script: turns the corpus tests on when `GOVDIFF_CORPUS` names the corpus folder.

fn main() {
    println!("cargo::rerun-if-env-changed=GOVDIFF_CORPUS");
    println!("cargo::rustc-check-cfg=cfg(govdiff_corpus)");
    if std::env::var_os("GOVDIFF_CORPUS").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=govdiff_corpus");
    }
}
