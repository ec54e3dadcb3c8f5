//! A small deterministic generator for drawn test inputs: the inputs vary with the seed, not with
//! a person's taste, and a failure names the input it drew.

/// xorshift64* from a seed.
pub struct Draw(pub u64);

impl Draw {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}
