//! A small stable merge sort, for the code that runs in the browser. The standard library's
//! sorts compile to several KB of WebAssembly for every element type they sort; this one to
//! under 1 KB (README, "Performance").

/// `items` in order, earliest first, where `before(a, b)` says that `a` goes before `b`; items
/// that neither goes before keep their order. O(n log n) comparisons.
pub fn sorted_by<T>(mut items: Vec<T>, before: &dyn Fn(&T, &T) -> bool) -> Vec<T> {
    if items.len() < 2 {
        return items;
    }
    let second_half = items.split_off(items.len() / 2);
    let first = sorted_by(items, before).into_iter();
    let second = sorted_by(second_half, before).into_iter();
    let mut merged = Vec::with_capacity(first.len() + second.len());
    let (mut first, mut second) = (first.peekable(), second.peekable());
    // An item of the second half goes first only if it is strictly before: that keeps equal
    // items in the order they came.
    while let (Some(a), Some(b)) = (first.peek(), second.peek()) {
        let next = if before(b, a) {
            second.next()
        } else {
            first.next()
        };
        merged.extend(next);
    }
    merged.extend(first);
    merged.extend(second);
    merged
}

/// `items` in ascending order; equal items keep their order.
pub fn sorted<T: Ord>(items: Vec<T>) -> Vec<T> {
    sorted_by(items, &|a, b| a < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_numbers_into_ascending_order() {
        assert_eq!(sorted(vec![5, 3, 9, 1, 3, 0, 8]), vec![0, 1, 3, 3, 5, 8, 9]);
        assert_eq!(sorted(vec![2, 1]), vec![1, 2]);
        assert_eq!(sorted(vec![1, 2]), vec![1, 2]);
    }

    #[test]
    fn leaves_an_empty_or_one_item_list_as_it_is() {
        assert_eq!(sorted(Vec::<u8>::new()), Vec::<u8>::new());
        assert_eq!(sorted(vec![7]), vec![7]);
    }

    #[test]
    fn keeps_items_with_equal_keys_in_the_order_they_came() {
        let by_number = |a: &(u8, char), b: &(u8, char)| a.0 < b.0;
        let items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        assert_eq!(
            sorted_by(items, &by_number),
            vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]
        );
    }

    /// A number with a tag that the order does not look at.
    #[derive(Debug, PartialEq, Eq)]
    struct Tagged(u8, char);

    impl PartialOrd for Tagged {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(other))
        }
    }

    impl Ord for Tagged {
        fn cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.0.cmp(&other.0)
        }
    }

    #[test]
    fn keeps_equal_items_in_the_order_they_came() {
        let items = vec![
            Tagged(1, 'a'),
            Tagged(0, 'b'),
            Tagged(1, 'c'),
            Tagged(0, 'd'),
        ];
        assert_eq!(
            sorted(items),
            vec![
                Tagged(0, 'b'),
                Tagged(0, 'd'),
                Tagged(1, 'a'),
                Tagged(1, 'c')
            ]
        );
    }

    #[test]
    fn follows_the_order_it_is_given() {
        let descending = |a: &i32, b: &i32| a > b;
        assert_eq!(sorted_by(vec![1, 4, 2, 3], &descending), vec![4, 3, 2, 1]);
    }

    #[test]
    fn sorts_a_long_shuffled_list_like_the_standard_library() {
        // 1,000 numbers in a fixed scrambled order (a multiplicative step modulo a prime).
        let shuffled: Vec<u32> = (0..1000u32).map(|i| (i * 7919) % 1009).collect();
        let mut expected = shuffled.clone();
        expected.sort();
        assert_eq!(sorted(shuffled), expected);
    }
}
