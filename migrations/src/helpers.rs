//! Table-building pieces every migration uses.

use sea_orm_migration::prelude::*;

/// A (possibly unique) index on `cols` of `table`.
pub fn index(
    name: &str,
    table: impl IntoIden,
    cols: &[&dyn Fn() -> DynIden],
) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(name).table(table);
    for col in cols {
        idx.col(col());
    }
    idx.to_owned()
}

/// A foreign key whose rows go when the row they point at goes.
pub fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}
