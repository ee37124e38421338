/* vigil-report-model.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "vigil-report-model.h"

/* Everything read for one profile, by id: the report never switches the context's current
 * profile, so printing another profile leaves the window as it was. */
typedef struct
{
  VigilContext  *context;
  gint64         profile_id;
  VigilAnswers  *answers;
  VigilAudience  audience;
  GHashTable    *states;
  GPtrArray     *custom;
  /* custom item ids placed under their guideline; the rest go to the profile's own list */
  GHashTable    *placed;
  gint64         now;
} Collect;

static void
collect_clear (Collect *collect)
{
  g_clear_pointer (&collect->answers, vigil_answers_free);
  g_clear_pointer (&collect->states, g_hash_table_unref);
  g_clear_pointer (&collect->custom, g_ptr_array_unref);
  g_clear_pointer (&collect->placed, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collect, collect_clear)

static void
item_free (VigilReportItem *item)
{
  g_free (item->id);
  g_free (item->title);
  vigil_item_state_free (item->state);
  g_clear_pointer (&item->evidence, g_ptr_array_unref);
  g_free (item);
}

static void
guideline_free (VigilReportGuideline *guideline)
{
  g_free (guideline->id);
  g_free (guideline->title);
  g_clear_pointer (&guideline->references, g_ptr_array_unref);
  g_clear_pointer (&guideline->items, g_ptr_array_unref);
  g_free (guideline);
}

static void
section_free (VigilReportSection *section)
{
  g_free (section->id);
  g_free (section->title);
  g_clear_pointer (&section->guidelines, g_ptr_array_unref);
  g_free (section);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilReportGuideline, guideline_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VigilReportSection, section_free)

static VigilReportGuideline *
guideline_new (const char *id,
               const char *title)
{
  VigilReportGuideline *guideline = g_new0 (VigilReportGuideline, 1);

  guideline->id = g_strdup (id);
  guideline->title = g_strdup (title);
  guideline->references = g_ptr_array_new_with_free_func (g_free);
  guideline->items = g_ptr_array_new_with_free_func ((GDestroyNotify)item_free);

  return guideline;
}

static VigilReportSection *
section_new (const char *id,
             const char *title)
{
  VigilReportSection *section = g_new0 (VigilReportSection, 1);

  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->guidelines = g_ptr_array_new_with_free_func ((GDestroyNotify)guideline_free);

  return section;
}

/* VIGIL_REPORT_DATE=YYYY-MM-DD fixes the date a report is made on, so that tests (and
 * anyone who needs a reproducible file) get the same bytes every time. */
static GDateTime *
dup_report_date (void)
{
  const char *fixed = g_getenv ("VIGIL_REPORT_DATE");
  int year, month, day;
  GDateTime *date = NULL;

  if (fixed != NULL && sscanf (fixed, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 12, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  return date;
}

static VigilReportItem *
item_new (Collect     *collect,
          const char  *id,
          const char  *title,
          gboolean     custom,
          guint        recurrence,
          GError     **error)
{
  VigilEvidenceStore *store = vigil_context_get_evidence_store (collect->context);
  g_autoptr(GPtrArray) evidence = NULL;
  VigilItemState *state = g_hash_table_lookup (collect->states, id);
  VigilReportItem *item;

  evidence = vigil_evidence_store_list (store, collect->profile_id, id, error);
  if (evidence == NULL)
    return NULL;

  item = g_new0 (VigilReportItem, 1);
  item->id = g_strdup (id);
  item->title = g_strdup (title);
  item->custom = custom;
  item->state = state != NULL ? vigil_item_state_copy (state) : vigil_item_state_new ();
  item->review_due = vigil_item_state_get_review_due (item->state, recurrence);
  item->evidence = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < evidence->len; i++)
    {
      VigilEvidence *entry = g_ptr_array_index (evidence, i);

      if (entry->description != NULL && *entry->description != '\0')
        g_ptr_array_add (item->evidence,
                         g_strdup_printf ("%s — %s", entry->location, entry->description));
      else
        g_ptr_array_add (item->evidence, g_strdup (entry->location));
    }

  return item;
}

/* The profile's own steps for @guideline_id (%NULL: those no listed guideline took). */
static gboolean
add_custom_items (Collect               *collect,
                  VigilReportGuideline  *guideline,
                  const char            *guideline_id,
                  GError               **error)
{
  for (guint i = 0; i < collect->custom->len; i++)
    {
      VigilCustomItem *custom = g_ptr_array_index (collect->custom, i);
      VigilReportItem *item;

      if (guideline_id != NULL ? g_strcmp0 (custom->guideline_id, guideline_id) != 0
                               : g_hash_table_contains (collect->placed, custom->id))
        continue;

      item = item_new (collect, custom->id, custom->title, TRUE, 0, error);
      if (item == NULL)
        return FALSE;
      g_ptr_array_add (guideline->items, item);
      g_hash_table_add (collect->placed, custom->id);
    }

  return TRUE;
}

static VigilReportGuideline *
collect_guideline (Collect             *collect,
                   VigilGuideline      *guideline,
                   VigilProgress       *progress,
                   GError             **error)
{
  g_autoptr(VigilReportGuideline) result = NULL;
  GListModel *items = vigil_guideline_get_items (guideline);
  GListModel *references = vigil_guideline_get_references (guideline);
  guint recurrence = vigil_guideline_get_recurrence (guideline);

  result = guideline_new (vigil_guideline_get_id (guideline), vigil_guideline_get_title (guideline));

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(VigilReference) reference = g_list_model_get_item (references, i);

      g_ptr_array_add (result->references, vigil_reference_dup_label (reference));
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VigilChecklistItem) catalog_item = g_list_model_get_item (items, i);
      const char *id = vigil_checklist_item_get_id (catalog_item);
      VigilReportItem *item;

      if (vigil_checklist_item_get_retired (catalog_item) ||
          !vigil_answers_item_matters (collect->answers, catalog_item))
        continue;

      item = item_new (collect, id, vigil_checklist_item_get_title (catalog_item), FALSE,
                       recurrence, error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (result->items, item);
      vigil_progress_add (progress, g_hash_table_lookup (collect->states, id), recurrence,
                          collect->now);
    }

  if (!add_custom_items (collect, result, result->id, error))
    return NULL;

  return g_steal_pointer (&result);
}

static gboolean
collect_sections (Collect           *collect,
                  VigilReportModel  *model,
                  GError           **error)
{
  GListModel *sections = vigil_catalog_get_sections (vigil_context_get_catalog (collect->context));

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      g_autoptr(VigilReportSection) result = NULL;
      GListModel *guidelines = vigil_section_get_guidelines (section);

      result = section_new (vigil_section_get_id (section), vigil_section_get_title (section));

      for (guint g = 0; g < g_list_model_get_n_items (guidelines); g++)
        {
          g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, g);
          VigilReportGuideline *collected;

          if (vigil_guideline_get_retired (guideline) ||
              vigil_guideline_get_audience (guideline) != collect->audience ||
              !vigil_answers_guideline_matters (collect->answers, guideline))
            continue;

          collected = collect_guideline (collect, guideline, &result->progress, error);
          if (collected == NULL)
            return FALSE;
          if (collected->items->len > 0)
            g_ptr_array_add (result->guidelines, collected);
          else
            guideline_free (collected);
        }

      if (result->guidelines->len == 0)
        continue;

      model->progress.total += result->progress.total;
      model->progress.applicable += result->progress.applicable;
      model->progress.done += result->progress.done;
      model->progress.in_progress += result->progress.in_progress;
      model->progress.not_applicable += result->progress.not_applicable;
      model->progress.risk_accepted += result->progress.risk_accepted;
      model->progress.needs_review += result->progress.needs_review;
      g_ptr_array_add (model->sections, g_steal_pointer (&result));
    }

  return TRUE;
}

/* Steps added to no guideline, or to one this profile does not see, still belong in the
 * report: they get a section of their own at the end. */
static gboolean
collect_own_steps (Collect           *collect,
                   VigilReportModel  *model,
                   GError           **error)
{
  g_autoptr(VigilReportSection) section = NULL;
  g_autoptr(VigilReportGuideline) guideline = NULL;

  if (g_hash_table_size (collect->placed) == collect->custom->len)
    return TRUE;

  section = section_new (NULL, _("Your Own Steps"));
  guideline = guideline_new (NULL, _("Your Own Steps"));
  if (!add_custom_items (collect, guideline, NULL, error))
    return FALSE;

  g_ptr_array_add (section->guidelines, g_steal_pointer (&guideline));
  g_ptr_array_add (model->sections, g_steal_pointer (&section));

  return TRUE;
}

/**
 * vigil_report_model_new:
 * @profile_id: the profile to report on; it need not be the context's current one
 *
 * Gathers what a report shows: every item the profile's kind and answers make relevant
 * (the same ones the window lists), its state, evidence and references, the profile's own
 * steps, progress per section, and the framework table.
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 */
VigilReportModel *
vigil_report_model_new (VigilContext  *context,
                        gint64         profile_id,
                        GError       **error)
{
  g_autoptr(VigilReportModel) model = NULL;
  g_autoptr(VigilProfile) profile = NULL;
  g_autoptr(GError) answers_error = NULL;
  g_auto(Collect) collect = { 0 };

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  profile = vigil_profile_store_lookup (vigil_context_get_profile_store (context), profile_id,
                                        error);
  if (profile == NULL)
    return NULL;

  model = g_new0 (VigilReportModel, 1);
  model->profile_name = g_strdup (vigil_profile_get_name (profile));
  model->kind = vigil_profile_get_kind (profile);
  model->date = dup_report_date ();
  model->sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);

  collect.context = context;
  collect.profile_id = profile_id;
  collect.audience = model->kind == VIGIL_PROFILE_ORGANIZATION ? VIGIL_AUDIENCE_ORGANIZATION
                                                               : VIGIL_AUDIENCE_CONSUMER;
  collect.now = g_date_time_to_unix (model->date) * G_USEC_PER_SEC;
  /* Unreadable answers show all guidance, as the window does. */
  collect.answers = vigil_answers_new_from_json (vigil_profile_get_answers (profile),
                                                 &answers_error);
  if (collect.answers == NULL)
    collect.answers = vigil_answers_new ();
  collect.states = vigil_progress_store_dup_states (vigil_context_get_progress_store (context),
                                                    profile_id, error);
  if (collect.states == NULL)
    return NULL;
  collect.custom = vigil_custom_item_store_list_all (vigil_context_get_custom_item_store (context),
                                                     profile_id, error);
  if (collect.custom == NULL)
    return NULL;
  collect.placed = g_hash_table_new (g_str_hash, g_str_equal);

  if (!collect_sections (&collect, model, error) ||
      !collect_own_steps (&collect, model, error))
    return NULL;

  _vigil_report_model_add_frameworks (model, vigil_context_get_catalog (context));

  return g_steal_pointer (&model);
}

void
vigil_report_model_free (VigilReportModel *self)
{
  if (self == NULL)
    return;

  g_free (self->profile_name);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_free (self);
}
