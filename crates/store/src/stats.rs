//! Counts and the penalty totals human-rights monitors publish (OVD-Info, Viasna): days of
//! administrative arrest, years of prison, fines by currency, per country.

use std::collections::BTreeMap;

use sqlx::{AnyConnection, AnyPool, Row};

use crate::query::{event_filter, EventFilter};
use crate::{opt_str, Filters, PenaltyTotals, Result, Stats};

async fn grouped(
    conn: &mut AnyConnection,
    key: &str,
    filter: &EventFilter,
    extra: &str,
) -> Result<BTreeMap<String, i64>> {
    let sql = format!(
        "SELECT {key} AS k, COUNT(*) AS n FROM events ev WHERE {}{extra} GROUP BY {key}",
        filter.sql
    );
    let mut q = crate::dynamic_query(&sql);
    for b in &filter.binds {
        q = q.bind(b.clone());
    }
    let mut out = BTreeMap::new();
    for row in q.fetch_all(&mut *conn).await? {
        let k = opt_str(&row, "k")?.unwrap_or_else(|| "unknown".into());
        out.insert(k, row.try_get("n")?);
    }
    Ok(out)
}

async fn count(conn: &mut AnyConnection, sql: &'static str) -> Result<i64> {
    Ok(sqlx::query(sql).fetch_one(&mut *conn).await?.try_get("n")?)
}

pub(crate) async fn stats(pool: &AnyPool, filters: &Filters) -> Result<Stats> {
    let mut conn = pool.acquire().await?;
    let filter = event_filter(&mut conn, filters, 1).await?;
    let mut stats = Stats {
        documents: count(&mut conn, "SELECT COUNT(*) AS n FROM documents").await?,
        persons: count(
            &mut conn,
            "SELECT COUNT(*) AS n FROM entities WHERE kind = 'person'",
        )
        .await?,
        ..Stats::default()
    };
    stats.by_type = grouped(&mut conn, "ev.type", &filter, "").await?;
    stats.events = stats.by_type.values().sum();
    stats.by_country = grouped(&mut conn, "ev.country", &filter, "").await?;
    stats.by_month = grouped(
        &mut conn,
        "SUBSTR(ev.date, 1, 7)",
        &filter,
        " AND LENGTH(ev.date) >= 7 AND ev.date NOT LIKE '--%'",
    )
    .await?;
    stats.penalties = penalties(&mut conn, &filter).await?;
    Ok(stats)
}

/// Sentences only, so that a penalty repeated on a detention is not counted twice.
async fn penalties(conn: &mut AnyConnection, filter: &EventFilter) -> Result<Vec<PenaltyTotals>> {
    let sql = format!(
        "SELECT ev.country, ev.penalty_kind, ev.penalty_unit,
                COUNT(*) AS n, SUM(ev.penalty_amount) AS total
         FROM events ev
         WHERE {} AND ev.type = 'sentence' AND ev.penalty_kind IS NOT NULL
         GROUP BY ev.country, ev.penalty_kind, ev.penalty_unit",
        filter.sql
    );
    let mut q = crate::dynamic_query(&sql);
    for b in &filter.binds {
        q = q.bind(b.clone());
    }
    let mut by_country: BTreeMap<Option<String>, PenaltyTotals> = BTreeMap::new();
    for row in q.fetch_all(&mut *conn).await? {
        let country = opt_str(&row, "country")?;
        let kind = opt_str(&row, "penalty_kind")?.unwrap_or_default();
        let unit = opt_str(&row, "penalty_unit")?;
        let n: i64 = row.try_get("n")?;
        let total: f64 = row.try_get::<Option<f64>, _>("total")?.unwrap_or(0.0);
        let t = by_country
            .entry(country.clone())
            .or_insert_with(|| PenaltyTotals {
                country,
                ..PenaltyTotals::default()
            });
        t.sentences += n;
        let years = match unit.as_deref() {
            Some("year") => total,
            Some("month") => total / 12.0,
            Some("day") => total / 365.0,
            _ => 0.0,
        };
        match kind.as_str() {
            "administrative_arrest" => {
                t.administrative_arrest_days += match unit.as_deref() {
                    Some("day") => total,
                    Some("month") => total * 30.0,
                    _ => 0.0,
                }
            }
            "prison" => t.prison_years += years,
            "suspended" => t.suspended_years += years,
            "fine" => {
                if let Some(currency) = unit {
                    *t.fines.entry(currency).or_default() += total;
                }
            }
            _ => {}
        }
    }
    Ok(by_country.into_values().collect())
}
