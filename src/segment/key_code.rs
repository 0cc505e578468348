//! The dictionary FST keys' character codes as bytes: shared by build.rs, which writes keys, and `dictionary`.

/// The bytes of character code `code`, and how many of them it takes.
pub fn bytes(code: usize, one_byte: usize) -> ([u8; 2], usize) {
    if code < one_byte {
        ([code as u8, 0], 1)
    } else {
        let rest = code - one_byte;
        ([(one_byte + rest / 256) as u8, (rest % 256) as u8], 2)
    }
}

/// The code the bytes at the start of `key` write, and how many bytes it takes.
#[allow(dead_code)] // build.rs only writes keys.
pub fn read(key: &[u8], one_byte: usize) -> Option<(usize, usize)> {
    let first = usize::from(*key.first()?);
    if first < one_byte {
        return Some((first, 1));
    }
    let second = usize::from(*key.get(1)?);
    Some((one_byte + (first - one_byte) * 256 + second, 2))
}
