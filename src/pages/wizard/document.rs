//! The document step: the request as it will be sent, in its own language
//! and direction, each paragraph editable (final editing), and the PDF and
//! DOCX downloads. Assembly and layout run in the render worker.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use mla_core::document::{self, Block, Document, EditState, Options, Role};
use mla_core::languages::{is_rtl, Lang, LANGUAGES};
use mla_core::model::Paper;
use mla_core::reference::requirements::context_for;
use mla_core::steps::Step;

use super::step_href;
use crate::components::fields::FieldFrame;
use crate::components::fields::SelectField;
use crate::draft_state::DraftCtx;
use crate::i18n::*;
use crate::render::{self, FileFormat, RenderFailure};
use crate::{label, lang_field};

/// What the download buttons are doing, for the live status line.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Export {
    Idle,
    Working,
    Done,
    Failed(RenderFailure),
}

#[component]
pub fn DocumentStep(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let reference = crate::reference::use_reference();
    let context = Memo::new(move |_| {
        reference.data.with(|r| {
            let directory = r.as_ref().map(|r| &r.directory);
            ctx.draft.with(|d| context_for(d, directory))
        })
    });
    let assembled = RwSignal::new(None::<Document>);
    let failure = RwSignal::new(None::<RenderFailure>);
    let generation = Rc::new(Cell::new(0u32));
    // Reassemble on every change; an older answer arriving late is dropped.
    Effect::new(move |_| {
        let draft = ctx.draft.get();
        let context = context.get();
        let options = Options::from_draft(&draft);
        let this = generation.get() + 1;
        generation.set(this);
        let generation = generation.clone();
        spawn_local(async move {
            let result = render::assemble(&draft, &options, &context).await;
            if generation.get() != this {
                return;
            }
            match result {
                Ok(doc) => {
                    assembled.set(Some(doc));
                    failure.set(None);
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    });

    let export = RwSignal::new(Export::Idle);
    let download = move |format: FileFormat| {
        let draft = ctx.draft.get_untracked();
        let context = context.get_untracked();
        let options = Options::from_draft(&draft);
        export.set(Export::Working);
        spawn_local(async move {
            match render::file(format, &draft, &options, &context).await {
                Ok(bytes) => {
                    let stem = assembled
                        .with_untracked(|d| d.as_ref().map(document::file_stem))
                        .unwrap_or_else(|| "mla-request".to_string());
                    crate::downloads::download_bytes(
                        &format!("{stem}.{}", format.extension()),
                        &bytes,
                        format.mime(),
                    );
                    export.set(Export::Done);
                }
                Err(e) => export.set(Export::Failed(e)),
            }
        });
    };
    let download_docx = download;

    let draft_id = ctx.draft.with_untracked(|d| d.id.clone());
    let incomplete = move || {
        ctx.findings.with(|fs| {
            fs.iter()
                .any(|f| f.severity == mla_core::Severity::Blocking)
        })
    };

    view! {
        <Settings ctx=ctx />
        {move || incomplete().then(|| view! {
            <p class="notice notice--warning" data-testid="doc-incomplete">
                {t!(i18n, doc_incomplete)} " "
                <a href=step_href(&draft_id, Step::Check)>{t!(i18n, doc_go_check)}</a>
            </p>
        })}
        <div class="doc-actions">
            <button type="button" class="button" data-testid="download-pdf"
                disabled=move || export.get() == Export::Working
                on:click=move |_| download(FileFormat::Pdf)>{t!(i18n, doc_download_pdf)}</button>
            <button type="button" class="button button--secondary" data-testid="download-docx"
                disabled=move || export.get() == Export::Working
                on:click=move |_| download_docx(FileFormat::Docx)>{t!(i18n, doc_download_docx)}</button>
        </div>
        <p role="status" class="doc-status" data-testid="doc-status">
            {move || match export.get() {
                Export::Idle => String::new(),
                Export::Working => t_string!(i18n, doc_preparing).to_string(),
                Export::Done => t_string!(i18n, doc_ready).to_string(),
                Export::Failed(f) => crate::texts::errors::render(i18n, f),
            }}
        </p>
        {move || failure.get().map(|f| view! {
            <p class="notice notice--error" role="alert" data-testid="doc-error">{crate::texts::errors::render(i18n, f)}</p>
        })}
        <section class="doc-preview-wrap" aria-labelledby="doc-preview-heading">
            <h2 id="doc-preview-heading" class="doc-preview-heading">{t!(i18n, doc_preview_label)}</h2>
            {move || match assembled.get() {
                None => view! { <p data-testid="doc-loading">{t!(i18n, doc_loading)}</p> }.into_any(),
                Some(doc) => view! { <Preview ctx=ctx doc=doc /> }.into_any(),
            }}
        </section>
    }
}

/// Output language, bilingual option and paper size.
#[component]
fn Settings(ctx: DraftCtx) -> impl IntoView {
    let i18n = use_i18n();
    let languages = move |none: String| {
        let mut o = vec![(String::new(), none)];
        o.extend(
            LANGUAGES
                .iter()
                .map(|l| (l.tag().to_string(), l.endonym().to_string())),
        );
        o
    };
    let (language, set_language) = lang_field!(ctx, language);
    let (bilingual, set_bilingual) = lang_field!(ctx, document.bilingual);
    let paper = Signal::derive(move || {
        ctx.draft.with(|d| match d.document.paper {
            Paper::A4 => "a4".to_string(),
            Paper::Letter => "letter".to_string(),
        })
    });
    let set_paper = move |v: String| {
        ctx.draft.update(|d| {
            d.document.paper = if v == "letter" {
                Paper::Letter
            } else {
                Paper::A4
            };
        })
    };
    view! {
        <div class="doc-settings">
            <SelectField path="language" label=label!(i18n, doc_output_language)
                options=Signal::derive(move || languages(t_string!(i18n, choose).to_string()))
                value=language on_change=set_language />
            <SelectField path="document.bilingual" label=label!(i18n, doc_bilingual)
                options=Signal::derive(move || languages(t_string!(i18n, doc_bilingual_none).to_string()))
                value=bilingual on_change=set_bilingual />
            <SelectField path="document.paper" label=label!(i18n, doc_paper)
                options=Signal::derive(move || vec![
                    ("a4".to_string(), t_string!(i18n, doc_paper_a4).to_string()),
                    ("letter".to_string(), t_string!(i18n, doc_paper_letter).to_string()),
                ])
                value=paper on_change=set_paper />
        </div>
    }
}

#[component]
fn Preview(ctx: DraftCtx, doc: Document) -> impl IntoView {
    let dir = doc.lang.direction().as_str();
    let second = doc.second.map_or("", Lang::tag);
    let second_dir = doc.second.map_or("ltr", |l| l.direction().as_str());
    let blocks = doc
        .blocks
        .into_iter()
        .map(|block| {
            view! { <BlockView ctx=ctx block=block second_lang=second second_dir=second_dir /> }
        })
        .collect_view();
    view! {
        <article class="doc-preview" lang=doc.lang.tag() dir=dir data-testid="doc-preview">
            {blocks}
        </article>
    }
}

fn dom_id(block_id: &str) -> String {
    format!(
        "doc-{}",
        block_id.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    )
}

#[component]
fn BlockView(
    ctx: DraftCtx,
    block: Block,
    second_lang: &'static str,
    second_dir: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    // The controls speak the UI language inside a preview in another one.
    let ui_lang = move || i18n.get_locale().as_str();
    let ui_dir = move || {
        if is_rtl(i18n.get_locale().as_str()) {
            "rtl"
        } else {
            "ltr"
        }
    };
    let editing = RwSignal::new(false);
    let text = RwSignal::new(block.text.clone());
    let id = dom_id(&block.id);
    let area_id = format!("{id}-edit");
    let class = match block.role {
        Role::Title => "doc-block__text doc-block__text--title",
        Role::Heading => "doc-block__text doc-block__text--heading",
        Role::Item | Role::Subheading => "doc-block__text doc-block__text--strong",
        Role::Detail => "doc-block__text doc-block__text--detail",
        _ => "doc-block__text",
    };
    let shown = match block.role {
        Role::Heading => {
            view! { <h3 class=class id=id.clone()>{block.text.clone()}</h3> }.into_any()
        }
        _ => view! { <p class=class id=id.clone()>{block.text.clone()}</p> }.into_any(),
    };
    let second = block.second.clone().map(|s| {
        view! { <p class="doc-block__second" lang=second_lang dir=second_dir>{s}</p> }
    });
    let stale = match &block.edit {
        EditState::Stale { edited, .. } => Some(edited.clone()),
        _ => None,
    };
    let edited = block.edit == EditState::Applied;
    let block = Arc::new(block);
    let save = {
        let block = block.clone();
        move |_| {
            let value = text.get_untracked();
            ctx.draft.update(|d| document::edit(d, &block, &value));
            editing.set(false);
        }
    };
    let restore = {
        let block = block.clone();
        move |_| ctx.draft.update(|d| document::revert(d, &block.id))
    };
    let stale_view = stale.map(|mine| {
        let reapply_block = block.clone();
        let again = mine.clone();
        let discard_block = block.clone();
        view! {
            <div class="notice notice--warning doc-block__stale" data-testid="doc-stale" lang=ui_lang dir=ui_dir>
                <p>{t!(i18n, doc_stale)}</p>
                <p class="doc-block__mine"><strong>{t!(i18n, doc_your_edit)}</strong> " " {mine}</p>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let again = again.clone();
                    ctx.draft.update(|d| document::edit(d, &reapply_block, &again));
                }>{t!(i18n, doc_reapply)}</button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| {
                    ctx.draft.update(|d| document::revert(d, &discard_block.id));
                }>{t!(i18n, doc_discard)}</button>
            </div>
        }
    });
    let described = id.clone();
    view! {
        <div class="doc-block" class:doc-block--edited=edited data-block=block.id.clone()>
            {shown}
            {second}
            {edited.then(|| view! { <p class="doc-block__badge" lang=ui_lang dir=ui_dir>{t!(i18n, doc_edited)}</p> })}
            {stale_view}
            {move || if editing.get() {
                let save = save.clone();
                let area_id = area_id.clone();
                view! {
                    <div class="doc-block__editor" lang=ui_lang dir=ui_dir>
                        <FieldFrame id=area_id.clone() label=label!(i18n, doc_edit_label)>
                            <textarea id=area_id class="field__control" rows="5"
                                prop:value=move || text.get()
                                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                        </FieldFrame>
                        <button type="button" class="button" on:click=save>{t!(i18n, doc_save_edit)}</button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| editing.set(false)>{t!(i18n, doc_cancel_edit)}</button>
                    </div>
                }.into_any()
            } else {
                let restore = restore.clone();
                view! {
                    <div class="doc-block__tools" lang=ui_lang dir=ui_dir>
                        <button type="button" class="link-button" aria-describedby=described.clone()
                            on:click=move |_| editing.set(true)>{t!(i18n, doc_edit_paragraph)}</button>
                        {edited.then(|| view! {
                            " "
                            <button type="button" class="link-button" aria-describedby=described.clone()
                                on:click=restore.clone()>{t!(i18n, doc_restore)}</button>
                        })}
                    </div>
                }.into_any()
            }}
        </div>
    }
}
