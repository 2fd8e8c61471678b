//! The two column codecs every entity uses, so no service decodes a column by hand:
//! - [`Coded<T>`]: an enum-like column stored as its `domain::code::Code` (the same
//!   snake_case code that forms, URLs and JSON carry);
//! - [`JsonText<T>`]: a typed value stored as JSON text (TEXT on both databases).
//!
//! A row that does not decode (a code no variant has, JSON of the wrong shape) is an
//! error the request reports under its correlation id — never a silent default.

use domain::code::Code;
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, StringLen, ValueType, ValueTypeErr};
use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value};
use serde::{de::DeserializeOwned, Serialize};
use std::sync::Arc;

/// An enum-like column stored as the variant's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Coded<T>(pub T);

/// Why a stored value does not decode.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Undecodable(String);

fn undecodable(into: &'static str, why: String) -> TryGetError {
    TryGetError::DbErr(DbErr::TryIntoErr {
        from: "String",
        into,
        source: Arc::new(Undecodable(why)),
    })
}

impl<T: Code> From<Coded<T>> for Value {
    fn from(v: Coded<T>) -> Self {
        Value::String(Some(v.0.code().to_string()))
    }
}

impl<T: Code> From<T> for Coded<T> {
    fn from(v: T) -> Self {
        Coded(v)
    }
}

impl<T: Code> TryGetable for Coded<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let raw = String::try_get_by(res, idx)?;
        T::from_code(&raw)
            .map(Coded)
            .ok_or_else(|| undecodable("Coded", format!("no variant has the code {raw:?}")))
    }
}

impl<T: Code> ValueType for Coded<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        let raw = <String as ValueType>::try_from(v)?;
        T::from_code(&raw).map(Coded).ok_or(ValueTypeErr)
    }

    fn type_name() -> String {
        "Coded".to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::String(StringLen::None)
    }
}

impl<T: Code> Nullable for Coded<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

/// A code can be part of a primary key (a user's role); it is never an auto-increment id.
impl<T: Code> sea_orm::TryFromU64 for Coded<T> {
    fn try_from_u64(_: u64) -> Result<Self, DbErr> {
        Err(DbErr::ConvertFromU64("Coded"))
    }
}

impl<T: Code> sea_orm::IntoActiveValue<Coded<T>> for Coded<T> {
    fn into_active_value(self) -> sea_orm::ActiveValue<Coded<T>> {
        sea_orm::ActiveValue::Set(self)
    }
}

/// A typed value stored as JSON text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonText<T>(pub T);

impl<T: Serialize> From<JsonText<T>> for Value {
    fn from(v: JsonText<T>) -> Self {
        // Serialising plain data (lists, maps of strings and numbers) cannot fail.
        Value::String(Some(serde_json::to_string(&v.0).unwrap_or_default()))
    }
}

impl<T: DeserializeOwned> TryGetable for JsonText<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
        let raw = String::try_get_by(res, idx)?;
        serde_json::from_str(&raw)
            .map(JsonText)
            .map_err(|e| undecodable("JsonText", e.to_string()))
    }
}

impl<T: DeserializeOwned> ValueType for JsonText<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        let raw = <String as ValueType>::try_from(v)?;
        serde_json::from_str(&raw)
            .map(JsonText)
            .map_err(|_| ValueTypeErr)
    }

    fn type_name() -> String {
        "JsonText".to_owned()
    }

    fn array_type() -> ArrayType {
        ArrayType::String
    }

    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl<T> Nullable for JsonText<T> {
    fn null() -> Value {
        Value::String(None)
    }
}

impl<T: Serialize + DeserializeOwned> sea_orm::IntoActiveValue<JsonText<T>> for JsonText<T> {
    fn into_active_value(self) -> sea_orm::ActiveValue<JsonText<T>> {
        sea_orm::ActiveValue::Set(self)
    }
}

impl<T> std::ops::Deref for JsonText<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
