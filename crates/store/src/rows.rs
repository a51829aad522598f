//! Many rows in one INSERT: a document's mentions, names, sources and values go to the
//! database in a few statements rather than hundreds (each statement costs a round trip
//! to the database's worker thread or server).

use sqlx::AnyConnection;

use crate::Result;

/// A value to bind.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Int(Option<i64>),
    Text(Option<String>),
    /// A number never NULL (see [`crate::real`] for optional ones).
    Real(f64),
}

/// Binds every value of `rows`, row by row, to the placeholders of `q`.
pub(crate) fn bind_rows<'q>(
    mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    rows: &[Vec<Val>],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for v in rows.iter().flatten() {
        q = match v {
            Val::Int(x) => q.bind(*x),
            Val::Text(x) => q.bind(x.clone()),
            Val::Real(x) => q.bind(*x),
        };
    }
    q
}

impl From<i64> for Val {
    fn from(v: i64) -> Val {
        Val::Int(Some(v))
    }
}

impl From<Option<i64>> for Val {
    fn from(v: Option<i64>) -> Val {
        Val::Int(v)
    }
}

impl From<&str> for Val {
    fn from(v: &str) -> Val {
        Val::Text(Some(v.to_string()))
    }
}

impl From<String> for Val {
    fn from(v: String) -> Val {
        Val::Text(Some(v))
    }
}

impl From<Option<String>> for Val {
    fn from(v: Option<String>) -> Val {
        Val::Text(v)
    }
}

/// Rows waiting for one table.
#[derive(Debug)]
pub struct Rows {
    table: &'static str,
    columns: &'static [&'static str],
    /// Appended after VALUES, e.g. "ON CONFLICT DO NOTHING".
    tail: &'static str,
    rows: Vec<Vec<Val>>,
}

/// Rows per statement, largest first. Only these few statement shapes occur (13 rows go as
/// 4 + 4 + 4 + 1), so each is prepared once and then found in the statement cache; the
/// largest stays well under the databases' limits on bound parameters.
const STATEMENT_SIZES: [usize; 4] = [64, 16, 4, 1];

/// `$first, $first+1, ...` placeholders for `n` values, and the list padded to one of a few
/// lengths (repeating its last value) so that queries on id lists reuse prepared statements.
pub fn padded_list(ids: &[i64], first: usize) -> (String, Vec<i64>) {
    let len = [4, 16, 64, 256]
        .into_iter()
        .find(|&n| n >= ids.len())
        .unwrap_or(ids.len());
    let mut values = ids.to_vec();
    if let Some(&last) = ids.last() {
        values.resize(len, last);
    }
    let marks: Vec<String> = (0..values.len())
        .map(|i| format!("${}", first + i))
        .collect();
    (marks.join(", "), values)
}

/// Splits `n` rows into statement sizes.
pub fn statement_sizes(mut n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for size in STATEMENT_SIZES {
        while n >= size {
            out.push(size);
            n -= size;
        }
    }
    out
}

impl Rows {
    pub fn new(table: &'static str, columns: &'static [&'static str], tail: &'static str) -> Rows {
        Rows {
            table,
            columns,
            tail,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Val>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    /// Inserts every waiting row.
    pub async fn flush(&mut self, conn: &mut AnyConnection) -> Result<()> {
        let mut start = 0;
        for size in statement_sizes(self.rows.len()) {
            let chunk = &self.rows[start..start + size];
            start += size;
            let width = self.columns.len();
            let tuples: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let marks: Vec<String> = (0..width)
                        .map(|c| format!("${}", r * width + c + 1))
                        .collect();
                    format!("({})", marks.join(", "))
                })
                .collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES {} {}",
                self.table,
                self.columns.join(", "),
                tuples.join(", "),
                self.tail
            );
            bind_rows(crate::dynamic_query(&sql), chunk)
                .execute(&mut *conn)
                .await?;
        }
        self.rows.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_into_few_statement_shapes() {
        assert_eq!(statement_sizes(13), vec![4, 4, 4, 1]);
        assert_eq!(statement_sizes(70), vec![64, 4, 1, 1]);
        assert!(statement_sizes(0).is_empty());
    }

    #[test]
    fn id_lists_are_padded_with_their_last_id() {
        let (marks, values) = padded_list(&[7, 9], 2);
        assert_eq!(marks, "$2, $3, $4, $5");
        assert_eq!(values, vec![7, 9, 9, 9]);
        assert_eq!(padded_list(&[1; 20], 1).1.len(), 64);
    }
}
