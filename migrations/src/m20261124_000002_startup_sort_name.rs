//! Startups sort by `sort_name` (`domain::text::sort_key`: Chinese names by their
//! pinyin, Latin ones without accents), so a list mixing 潮汐电网 and Aurora Bio is in the
//! order readers of either language expect; the key also lets search find a Chinese
//! name by its pinyin. Existing rows get their key here, computed by the same function.

use crate::helpers::index;
use sea_orm_migration::sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Startups {
    Table,
    Id,
    Name,
    SortName,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Startups::Table)
                    .add_column(string(Startups::SortName).default(""))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let names = Query::select()
            .distinct()
            .column(Startups::Name)
            .from(Startups::Table)
            .to_owned();
        for row in db.query_all(&names).await? {
            let name: String = row.try_get("", "name")?;
            let update = Query::update()
                .table(Startups::Table)
                .value(Startups::SortName, domain::text::sort_key(&name))
                .and_where(Expr::col(Startups::Name).eq(name))
                .to_owned();
            db.execute(&update).await?;
        }
        manager
            .create_index(index(
                "idx_startups_sort_name",
                Startups::Table,
                &[&|| Startups::SortName.into_iden(), &|| {
                    Startups::Id.into_iden()
                }],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_startups_sort_name")
                    .table(Startups::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Startups::Table)
                    .drop_column(Startups::SortName)
                    .to_owned(),
            )
            .await
    }
}
