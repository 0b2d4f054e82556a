//! Small numbers that stay small. A figure that counts fewer than 5 people, once someone can
//! filter down to it (participation by kind or chair, feedback, the breakdowns), is shown as
//! "fewer than 5" and never as a number; and a hidden count must not be the difference of
//! numbers shown beside it.
//!
//! The rule (the README and the dashboard say it in words):
//! 1. Every count from 0 to 4 in such a table is hidden ("primary").
//! 2. A table is cut into lines whose sums are shown somewhere: the four quarters and their
//!    year, the rows of a breakdown and the service's total. While a line hides exactly one
//!    count above 0, the smallest count above 0 still shown in that line is hidden too
//!    ("secondary"), so subtracting the rest from the sum gives two hidden counts together,
//!    never one. A hidden 0 is no cover: that nothing happened may be known (no meetings).
//! 3. A percentage is hidden when its count, or the count it is of, is hidden. The children's
//!    percentages are of those able to take part (invited, less those not able), which a
//!    percentage beside its count gives away: so where 1 to 4 children not able are hidden (or
//!    more, by step 2), the children invited are hidden too (and go through step 2 as well).

pub use app::figures::SMALLEST_SHOWN;

/// Which cells of a table to hide. `cells` are counts of people; each line lists the indexes
/// of cells whose sum is published (in this table, or in another one anyone can read).
pub fn hidden(cells: &[i64], lines: &[Vec<usize>]) -> Vec<bool> {
    hidden_from(cells, cells.iter().map(|&n| n < SMALLEST_SHOWN).collect(), lines)
}

/// As `hidden`, starting from cells already hidden for a reason of their own (`hide`), with
/// those under 5 among them.
pub fn hidden_from(cells: &[i64], mut hide: Vec<bool>, lines: &[Vec<usize>]) -> Vec<bool> {
    for (h, &n) in hide.iter_mut().zip(cells) {
        *h |= n < SMALLEST_SHOWN;
    }
    loop {
        let mut changed = false;
        for line in lines {
            // A hidden 0 protects nothing: it may be known anyway (a quarter with no meetings
            // held, which is shown), so only hidden counts above 0 are counted.
            if line.iter().filter(|&&i| hide[i] && cells[i] > 0).count() != 1 {
                continue;
            }
            // The smallest count above 0 still shown; on a tie, the first (a fixed choice, so
            // the same figures always hide the same cells).
            if let Some(&i) = line.iter().filter(|&&i| !hide[i] && cells[i] > 0).min_by_key(|&&i| (cells[i], i)) {
                hide[i] = true;
                changed = true;
            }
        }
        if !changed {
            return hide;
        }
    }
}

/// The lines of a grid of `rows` × `cols` cells (index `r * cols + c`): each row, and each
/// column.
pub fn grid_lines(rows: usize, cols: usize) -> Vec<Vec<usize>> {
    let mut lines: Vec<Vec<usize>> = (0..rows).map(|r| (0..cols).map(|c| r * cols + c).collect()).collect();
    lines.extend((0..cols).map(|c| (0..rows).map(|r| r * cols + c).collect()));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_hidden_count_takes_the_next_smallest_with_it() {
        // Four quarters and their year: 3 alone could be found from 40 - 10 - 12 - 15.
        let row = [3, 10, 12, 15, 40];
        let hide = hidden(&row, &[vec![0, 1, 2, 3, 4]]);
        assert_eq!(hide, [true, true, false, false, false]);
        // Two small ones already hide each other.
        assert_eq!(hidden(&[3, 2, 12, 15, 32], &[vec![0, 1, 2, 3, 4]]), [true, true, false, false, false]);
        // Nothing small: nothing hidden.
        assert_eq!(hidden(&[5, 10, 12, 15, 42], &[vec![0, 1, 2, 3, 4]]), [false; 5]);
    }

    #[test]
    fn in_a_grid_no_line_is_left_with_one_hidden_cell() {
        // Three groups by four quarters and the year; columns add up to the service's figures.
        let cells = [
            20, 30, 25, 40, 115, //
            3, 12, 9, 10, 34, //
            8, 6, 7, 11, 32,
        ];
        let lines = grid_lines(3, 5);
        let hide = hidden(&cells, &lines);
        for line in &lines {
            let n = line.iter().filter(|&&i| hide[i]).count();
            assert!(n != 1, "a line with one hidden cell: {line:?} in {hide:?}");
        }
        assert!(hide[5], "the 3");
        assert!(!hide[0], "large counts stay");
    }

    #[test]
    fn a_hidden_nothing_is_no_cover() {
        // A quarter with no meetings is known to be 0: the 3 would be 43 - 20 - 20.
        assert_eq!(hidden(&[3, 0, 20, 20, 43], &[vec![0, 1, 2, 3, 4]]), [true, true, true, false, false]);
    }
}
