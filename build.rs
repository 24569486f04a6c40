//! Generates the `i18n` module from `locales/{en,ru,az}.json`: one `Locale` per language and a
//! key for every word of the reader, so that a missing or misspelt key fails to compile.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?).join("i18n");
    // `interpolate_display`: words with values (a count, a name) can be written as text outside
    // a view, for aria labels, the live region and the pre-rendered page alike.
    let options = ParseOptions::default().interpolate_display(true);
    let config = Config::new("en")?
        .add_locales(["ru", "az"])?
        .parse_options(options);
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out)?;
    Ok(())
}
