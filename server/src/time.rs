//! A moment, as the service keeps it and hands it on: milliseconds since 1970, UTC. Written
//! out as RFC 3339 only at the edge, when JSON is made; a page shows it in UK time from the
//! number itself. (Before this, pages parsed back the text the service had made.)

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i64);

impl Time {
    pub fn ms(self) -> i64 {
        self.0
    }

    /// `2026-11-30T08:40:00Z`: whole seconds, UTC.
    pub fn rfc3339(self) -> String {
        chrono::DateTime::from_timestamp_millis(self.0).unwrap_or_default().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

impl utoipa::PartialSchema for Time {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::{KnownFormat, ObjectBuilder, SchemaFormat, schema::Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .description(Some("RFC 3339, UTC"))
            .into()
    }
}

impl utoipa::ToSchema for Time {}

#[cfg(test)]
mod tests {
    use super::Time;

    #[test]
    fn a_time_is_a_number_inside_and_rfc_3339_outside() {
        let t = Time(1_796_027_400_000);
        assert_eq!(serde_json::to_value(t).unwrap(), "2026-11-30T08:30:00Z");
        assert_eq!(t.ms(), 1_796_027_400_000);
    }
}
