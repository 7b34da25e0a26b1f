//! The five operations most API commands share (create, get, update, delete, list), checked
//! before sending, run, printed and explained the same way for every resource.

use serde::de::DeserializeOwned;

use super::{Column, KeySource, deleted, explain, list, object};
use crate::api::resource::{Checked, Crud};
use crate::api::{Error, Paging};

/// How a resource is named and listed.
pub struct Noun {
    /// `event destination`.
    pub singular: &'static str,
    /// `event destinations`.
    pub plural: &'static str,
    /// The key of the items in list answers (`event_destinations`).
    pub items_key: &'static str,
    /// The command that lists them (`prx-tunnel ed list`).
    pub list_command: &'static str,
    /// The columns of `list`.
    pub columns: &'static [Column],
    /// The command-line name of each API parameter.
    pub flag: fn(&str) -> &'static str,
}

/// A checked request, ready to send: `C` is the create body, `U` the update body.
pub enum CrudOp<C, U> {
    /// `create`.
    Create(C),
    /// `get ID`.
    Get(String),
    /// `update ID`, with only the fields given.
    Update(String, U),
    /// `delete ID`.
    Delete(String),
    /// `list`; true with `--all`.
    List(Paging, bool),
}

impl<C: Checked, U: Checked> CrudOp<C, U> {
    /// What failed, for the first words of an error message.
    pub fn describe(&self, noun: &Noun) -> String {
        match self {
            CrudOp::Create(_) => format!("could not create the {}", noun.singular),
            CrudOp::Get(id) => format!("could not get {} {id}", noun.singular),
            CrudOp::Update(id, _) => format!("could not update {} {id}", noun.singular),
            CrudOp::Delete(id) => format!("could not delete {} {id}", noun.singular),
            CrudOp::List(..) => format!("could not list {}", noun.plural),
        }
    }

    /// Sends the request through `crud`, prints the answer (`json`: the API's objects) and
    /// explains a failure (naming the key's `source`).
    pub async fn run<T: DeserializeOwned>(
        self,
        crud: &Crud<'_, T>,
        noun: &Noun,
        json: bool,
        source: KeySource,
    ) -> anyhow::Result<()> {
        let what = self.describe(noun);
        let listing = matches!(self, CrudOp::List(..));
        let done: Result<(), Error> = match self {
            CrudOp::Create(req) => crud.create(&req).await.map(|o| object(&o.raw, json)),
            CrudOp::Get(id) => crud.get(&id).await.map(|o| object(&o.raw, json)),
            CrudOp::Update(id, req) => crud.update(&id, &req).await.map(|o| object(&o.raw, json)),
            CrudOp::Delete(id) => crud.delete(&id).await.map(|()| deleted(&id, "deleted", json)),
            CrudOp::List(paging, all) => crud
                .list(&paging, all)
                .await
                .map(|l| list(&l.raw, noun.items_key, noun.columns, json, all, noun.plural)),
        };
        done.map_err(|e| explain(e, &what, source, (noun.list_command, listing), noun.flag))
    }
}
