//! Saved data. `envelope` is pure (versioned format, migrations, decoding outcomes) and
//! tested natively; `local` is the browser shell around localStorage.

pub mod envelope;
pub mod local;
