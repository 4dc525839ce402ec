//! One stable sort for the model's lists. The standard `sort_by` is
//! compiled anew for every element type and comparison, about 1.3 to
//! 2.3 KB of wasm each; with a dozen lists sorted that was some 35 KB of
//! the download. Here the sorting itself is compiled once, over indices
//! and a comparison behind a `dyn`, and only the small step that moves the
//! elements into place is compiled per type. The lists are short (a few
//! hundred answer files at most), so the indirect call costs nothing a
//! respondent could notice.

use std::cmp::Ordering;

/// Sorts `list` by `compare`, keeping equal elements in the order they had,
/// exactly as `slice::sort_by` does.
pub fn sort_by<T>(list: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let list: &[T] = list;
        stable_order(list.len(), &mut |i, j| compare(&list[i], &list[j]))
    };
    let mut slots: Vec<Option<T>> = list.drain(..).map(Some).collect();
    list.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices `0..len` in the order `compare` gives them, ties kept in
/// index order: a bottom-up merge sort.
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = order.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // On a tie the left run goes first: that keeps the sort stable.
                let take_left = right >= end
                    || (left < middle && compare(order[left], order[right]) != Ordering::Greater);
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest runs natively only.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort(
            list in proptest::collection::vec((0u8..6, proptest::prelude::any::<u16>()), 0..300)
        ) {
            // Compared on the first field only, so ties are plentiful and
            // the second field shows whether their order was kept.
            let mut ours = list.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = list;
            standard.sort_by_key(|a| a.0);
            proptest::prop_assert_eq!(ours, standard);
        }
    }

    #[test]
    fn sorts_by_a_reversed_float_key() {
        let mut list = vec![0.5, -1.0, 3.0, 0.5, f64::NAN, 2.0];
        sort_by(&mut list, |a, b| b.total_cmp(a));
        assert!(list[0].is_nan());
        assert_eq!(&list[1..], &[3.0, 2.0, 0.5, 0.5, -1.0]);
    }
}
