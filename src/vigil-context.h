/* vigil-context.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "catalog/vigil-catalog.h"
#include "catalog/vigil-catalog-loader.h"
#include "storage/vigil-custom-item-store.h"
#include "storage/vigil-database.h"
#include "storage/vigil-evidence-store.h"
#include "storage/vigil-database-recovery.h"
#include "storage/vigil-history.h"
#include "storage/vigil-lesson-store.h"
#include "storage/vigil-profile-store.h"
#include "storage/vigil-progress-store.h"
#include "vigil-answers.h"
#include "search/vigil-search-index.h"
#include "vigil-progress.h"
#include "vigil-view-filter.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_CONTEXT (vigil_context_get_type())
#define VIGIL_CONTEXT_ERROR (vigil_context_error_quark ())

typedef enum
{
  VIGIL_CONTEXT_ERROR_UNKNOWN_ID,
} VigilContextError;

G_DECLARE_FINAL_TYPE (VigilContext, vigil_context, VIGIL, CONTEXT, GObject)

GQuark              vigil_context_error_quark          (void);
char               *vigil_context_dup_default_data_dir (void);
VigilContext       *vigil_context_new                  (const char      *data_dir,
                                                        GError         **error);
const char         *vigil_context_get_data_dir         (VigilContext    *self);
VigilCatalog       *vigil_context_get_catalog          (VigilContext    *self);
VigilDatabase      *vigil_context_get_database         (VigilContext    *self);
VigilProgressStore *vigil_context_get_progress_store   (VigilContext    *self);
VigilCustomItemStore *vigil_context_get_custom_item_store (VigilContext  *self);
VigilEvidenceStore *vigil_context_get_evidence_store   (VigilContext    *self);
gint64              vigil_context_get_profile_id       (VigilContext    *self);
gboolean            vigil_context_set_profile_id       (VigilContext    *self,
                                                        gint64           profile_id,
                                                        GError         **error);
VigilProfileStore  *vigil_context_get_profile_store    (VigilContext    *self);
const VigilAnswers *vigil_context_get_answers          (VigilContext    *self);
gboolean            vigil_context_set_answers          (VigilContext    *self,
                                                        const VigilAnswers *answers,
                                                        GError         **error);
gboolean            vigil_context_setup_profile        (VigilContext    *self,
                                                        const char      *name,
                                                        VigilProfileKind kind,
                                                        const VigilAnswers *answers,
                                                        GError         **error);
gboolean            vigil_context_guideline_matters    (VigilContext    *self,
                                                        VigilGuideline  *guideline);
gboolean            vigil_context_item_matters         (VigilContext    *self,
                                                        VigilChecklistItem *item);
const VigilRecovery *vigil_context_get_recovery        (VigilContext    *self);
gboolean            vigil_context_get_item_done        (VigilContext    *self,
                                                        const char      *item_id);
gboolean            vigil_context_set_item_done        (VigilContext    *self,
                                                        const char      *item_id,
                                                        gboolean         done,
                                                        GError         **error);
void                vigil_context_count_progress       (VigilContext    *self,
                                                        GObject         *scope,
                                                        int              audience,
                                                        VigilProgress   *progress);
VigilProfileKind    vigil_context_get_profile_kind     (VigilContext    *self);
GPtrArray          *vigil_context_list_next_steps      (VigilContext    *self,
                                                        guint            limit);
GPtrArray          *vigil_context_list_needs_review    (VigilContext    *self);
void                vigil_context_count_guideline      (VigilContext    *self,
                                                        VigilGuideline  *guideline,
                                                        guint           *n_done,
                                                        guint           *n_total);
void                vigil_context_count_section        (VigilContext    *self,
                                                        VigilSection    *section,
                                                        guint           *n_done,
                                                        guint           *n_total);

/* vigil-context-custom.c: the steps people add to a guideline themselves */
GPtrArray          *vigil_context_list_custom_items    (VigilContext    *self,
                                                        const char      *guideline_id);
gboolean            vigil_context_has_custom_item      (VigilContext    *self,
                                                        const char      *item_id);
char               *vigil_context_add_custom_item      (VigilContext    *self,
                                                        const char      *guideline_id,
                                                        const char      *title,
                                                        GError         **error);
gboolean            vigil_context_rename_custom_item   (VigilContext    *self,
                                                        const char      *item_id,
                                                        const char      *title,
                                                        GError         **error);
gboolean            vigil_context_remove_custom_item   (VigilContext    *self,
                                                        const char      *item_id,
                                                        GError         **error);

/* vigil-context-evidence.c: what shows that an item was done */
GPtrArray          *vigil_context_list_evidence        (VigilContext    *self,
                                                        const char      *item_id);
gint64              vigil_context_add_evidence         (VigilContext    *self,
                                                        const char      *item_id,
                                                        const char      *location,
                                                        GError         **error);
gboolean            vigil_context_remove_evidence      (VigilContext    *self,
                                                        const char      *item_id,
                                                        gint64           evidence_id,
                                                        GError         **error);

/* vigil-context-lessons.c: the current profile's lessons, for presenting */
VigilLessonStore   *vigil_context_get_lesson_store     (VigilContext    *self);
GPtrArray          *vigil_context_list_lessons         (VigilContext    *self);
VigilLesson        *vigil_context_lookup_lesson        (VigilContext    *self,
                                                        gint64           lesson_id,
                                                        GError         **error);
gint64              vigil_context_create_lesson        (VigilContext    *self,
                                                        const char      *name,
                                                        const char * const *guideline_ids,
                                                        GError         **error);
gboolean            vigil_context_rename_lesson        (VigilContext    *self,
                                                        gint64           lesson_id,
                                                        const char      *name,
                                                        GError         **error);
gboolean            vigil_context_set_lesson_guidelines (VigilContext   *self,
                                                        gint64           lesson_id,
                                                        const char * const *guideline_ids,
                                                        GError         **error);
gboolean            vigil_context_delete_lesson        (VigilContext    *self,
                                                        gint64           lesson_id,
                                                        GError         **error);

/* vigil-context-search.c: what search looks through */
typedef void      (*VigilSearchDocumentFunc)           (const VigilSearchDocument *document,
                                                        gpointer         user_data);
void                vigil_context_foreach_search_document (VigilContext *self,
                                                        VigilSearchDocumentFunc func,
                                                        gpointer         user_data);
VigilSearchIndex   *vigil_context_build_search_index   (VigilContext    *self);
VigilSearchIndex   *vigil_context_get_search_index     (VigilContext    *self);

/* vigil-context-filter.c: what lists show */
gboolean            vigil_context_shows_guideline      (VigilContext    *self,
                                                        const VigilViewFilter *filter,
                                                        VigilGuideline  *guideline);
gboolean            vigil_context_shows_item           (VigilContext    *self,
                                                        const VigilViewFilter *filter,
                                                        VigilChecklistItem *item);

G_END_DECLS
