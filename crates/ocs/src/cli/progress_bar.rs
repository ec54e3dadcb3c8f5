//! Progress bars on the terminal (hidden when output is not a terminal).

use indicatif::{ProgressBar, ProgressStyle};

/// A bar counting `len` units of `what`.
pub fn bar(len: u64, what: &str) -> ProgressBar {
    styled(
        len,
        &format!("{{spinner}} {{pos}}/{{len}} {what} [{{bar:30}}] {{per_sec}} {{eta}}"),
    )
}

/// A bar over `len` bytes of input, for work measured in rows of unequal size.
pub fn bytes_bar(len: u64, what: &str) -> ProgressBar {
    styled(
        len,
        &format!("{{spinner}} {what} {{percent:>3}}% [{{bar:30}}] {{binary_bytes}}/{{binary_total_bytes}} {{eta}}"),
    )
}

fn styled(len: u64, template: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// A progress bar over all rows of `bundle`, counted in the bytes of its shard files (what
/// [`crate::decrypt::open_all`] reports).
pub fn bundle_bar(bundle: &crate::bundle::Bundle, what: &str) -> ProgressBar {
    bytes_bar(bundle.shard_bytes(), what)
}
