//! How `ocs` says numbers of things: "1 row", "2 rows", "0 rows".

/// `n` and the noun in its number (`one` for exactly one, `many` otherwise).
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(0u64, "row", "rows"), "0 rows");
        assert_eq!(count(1u64, "row", "rows"), "1 row");
        assert_eq!(count(2u32, "leaf", "leaves"), "2 leaves");
    }
}
