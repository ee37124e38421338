/* vigil-context.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-context"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vigil-context-private.h"

#define DATABASE_FILE "vigil.db"

struct _VigilContext
{
  GObject             parent_instance;

  char               *data_dir;
  VigilCatalog       *catalog;
  VigilDatabase      *database;
  VigilProfileStore  *profiles;
  VigilProgressStore *progress;
  VigilCustomItemStore *custom_items;
  VigilEvidenceStore *evidence;
  VigilLessonStore   *lessons;
  VigilRecovery      *recovery;
  gint64              profile_id;
  VigilAnswers       *answers;
  /* The current profile's item states, read once and kept until something changes: every
   * progress figure on screen counts from them, a dozen of them for the first frame alone. */
  GHashTable         *states;
};

G_DEFINE_FINAL_TYPE (VigilContext, vigil_context, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-context-error-quark, vigil_context_error)

enum {
  ITEM_CHANGED,
  PROFILE_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
forget_states (VigilContext *self)
{
  g_clear_pointer (&self->states, g_hash_table_unref);
}

static void
on_progress_item_changed_cb (VigilContext       *self,
                             gint64              profile_id,
                             const char         *item_id,
                             VigilProgressStore *store)
{
  forget_states (self);

  if (profile_id == self->profile_id)
    g_signal_emit (self, signals [ITEM_CHANGED], 0, item_id);
}

/* Connected before anyone else's handler, so that they count from fresh states; custom
 * items and evidence announce their changes through this signal too. */
static void
on_item_changed_cb (VigilContext *self,
                    const char   *item_id)
{
  forget_states (self);
  _vigil_context_search_invalidate (self, item_id);
}

/* Answers are read on every relevance check: parse them once per profile change. */
static void
reload_answers (VigilContext *self)
{
  g_autoptr(VigilProfile) profile = vigil_profile_store_lookup (self->profiles, self->profile_id,
                                                                NULL);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->answers, vigil_answers_free);
  if (profile != NULL)
    self->answers = vigil_answers_new_from_json (vigil_profile_get_answers (profile), &error);
  if (error != NULL)
    g_warning ("The answers of profile %" G_GINT64_FORMAT " are unreadable, so all guidance "
               "is shown: %s", self->profile_id, error->message);
  if (self->answers == NULL)
    self->answers = vigil_answers_new ();
}

static void
vigil_context_dispose (GObject *object)
{
  VigilContext *self = (VigilContext *)object;

  g_clear_object (&self->progress);
  g_clear_object (&self->custom_items);
  g_clear_object (&self->evidence);
  g_clear_object (&self->lessons);
  g_clear_object (&self->profiles);
  g_clear_object (&self->database);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (vigil_context_parent_class)->dispose (object);
}

static void
vigil_context_finalize (GObject *object)
{
  VigilContext *self = (VigilContext *)object;

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->recovery, vigil_recovery_free);
  g_clear_pointer (&self->answers, vigil_answers_free);
  g_clear_pointer (&self->states, g_hash_table_unref);

  G_OBJECT_CLASS (vigil_context_parent_class)->finalize (object);
}

static void
vigil_context_class_init (VigilContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vigil_context_dispose;
  object_class->finalize = vigil_context_finalize;

  /**
   * VigilContext::item-changed:
   * @item_id: the checklist item whose state changed for the current profile
   */
  signals [ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * VigilContext::profile-changed:
   *
   * Emitted when another profile becomes the current one: everything shown is stale.
   */
  signals [PROFILE_CHANGED] =
    g_signal_new ("profile-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
vigil_context_init (VigilContext *self)
{
}

/**
 * vigil_context_dup_default_data_dir:
 *
 * `$VIGIL_DATA_DIR` when set (tests, throwaway demonstrations), otherwise
 * `$XDG_DATA_HOME/vigil`.
 *
 * Returns: (transfer full): the folder holding the database
 */
char *
vigil_context_dup_default_data_dir (void)
{
  const char *override = g_getenv ("VIGIL_DATA_DIR");

  if (override != NULL && *override != '\0')
    return g_strdup (override);

  return g_build_filename (g_get_user_data_dir (), "vigil", NULL);
}

/**
 * vigil_context_new:
 * @data_dir: (nullable): where the database lives; %NULL for the default
 *
 * Loads the catalog and opens the user's database.
 *
 * Returns: (transfer full): the context, or %NULL with @error set
 */
VigilContext *
vigil_context_new (const char  *data_dir,
                   GError     **error)
{
  g_autoptr(VigilContext) self = g_object_new (VIGIL_TYPE_CONTEXT, NULL);
  g_autofree char *db_path = NULL;

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : vigil_context_dup_default_data_dir ();
  db_path = g_build_filename (self->data_dir, DATABASE_FILE, NULL);

  self->catalog = vigil_catalog_load_default (error);
  if (self->catalog == NULL)
    return NULL;

  self->database = vigil_database_open_or_recover (db_path, &self->recovery, error);
  if (self->database == NULL)
    return NULL;

  self->profiles = vigil_profile_store_new (self->database);
  self->progress = vigil_progress_store_new (self->database);
  self->custom_items = vigil_custom_item_store_new (self->database);
  self->evidence = vigil_evidence_store_new (self->database);
  self->lessons = vigil_lesson_store_new (self->database);

  /* Translators: the name of the profile Vigil creates on first start */
  self->profile_id = vigil_profile_store_ensure_default (self->profiles, _("Personal"), error);
  if (self->profile_id <= 0)
    return NULL;
  reload_answers (self);

  g_signal_connect (self, "item-changed", G_CALLBACK (on_item_changed_cb), NULL);
  g_signal_connect_object (self->progress, "item-changed",
                           G_CALLBACK (on_progress_item_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

const char *
vigil_context_get_data_dir (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->data_dir;
}

/**
 * vigil_context_get_catalog:
 *
 * Returns: (transfer none): the guidance catalog
 */
VigilCatalog *
vigil_context_get_catalog (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->catalog;
}

/**
 * vigil_context_get_database:
 *
 * Returns: (transfer none): the user's database
 */
VigilDatabase *
vigil_context_get_database (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->database;
}

/**
 * vigil_context_get_custom_item_store:
 *
 * Returns: (transfer none): the store of the steps people add themselves
 */
VigilCustomItemStore *
vigil_context_get_custom_item_store (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->custom_items;
}

/**
 * vigil_context_get_evidence_store:
 *
 * Returns: (transfer none): the store of the evidence recorded for items
 */
VigilEvidenceStore *
vigil_context_get_evidence_store (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->evidence;
}

/**
 * vigil_context_get_lesson_store:
 *
 * Returns: (transfer none): the store of the lessons trainers assemble
 */
VigilLessonStore *
vigil_context_get_lesson_store (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->lessons;
}

/**
 * vigil_context_get_progress_store:
 *
 * Returns: (transfer none): the progress store
 */
VigilProgressStore *
vigil_context_get_progress_store (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->progress;
}

/**
 * vigil_context_get_profile_store:
 *
 * Returns: (transfer none): the profiles of this database
 */
VigilProfileStore *
vigil_context_get_profile_store (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->profiles;
}

/**
 * vigil_context_set_profile_id:
 *
 * Makes @profile_id the current profile. Refused, with a #VigilProfileError, when there is
 * no such profile (or it is deleted).
 */
gboolean
vigil_context_set_profile_id (VigilContext  *self,
                              gint64         profile_id,
                              GError       **error)
{
  g_autoptr(VigilProfile) profile = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);

  profile = vigil_profile_store_lookup (self->profiles, profile_id, error);
  if (profile == NULL)
    return FALSE;

  if (profile_id != self->profile_id)
    {
      self->profile_id = profile_id;
      forget_states (self);
      reload_answers (self);
      _vigil_context_search_invalidate (self, NULL);
      g_signal_emit (self, signals [PROFILE_CHANGED], 0);
    }

  return TRUE;
}

void
_vigil_context_reload_profile (VigilContext *self)
{
  g_return_if_fail (VIGIL_IS_CONTEXT (self));

  forget_states (self);
  reload_answers (self);
  _vigil_context_search_invalidate (self, NULL);
  g_signal_emit (self, signals [PROFILE_CHANGED], 0);
}

/**
 * vigil_context_get_answers:
 *
 * Returns: (transfer none): what the current profile said about itself
 */
const VigilAnswers *
vigil_context_get_answers (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->answers;
}

static gboolean
answers_changed (VigilContext *self)
{
  reload_answers (self);
  _vigil_context_search_invalidate (self, NULL);
  g_signal_emit (self, signals [PROFILE_CHANGED], 0);

  return TRUE;
}

/**
 * vigil_context_set_answers:
 *
 * Stores new answers on the current profile. What is relevant may change with them, so
 * #VigilContext::profile-changed is emitted.
 */
gboolean
vigil_context_set_answers (VigilContext        *self,
                           const VigilAnswers  *answers,
                           GError             **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  json = vigil_answers_to_json (answers);
  if (!vigil_profile_store_set_answers (self->profiles, self->profile_id, json, error))
    return FALSE;

  return answers_changed (self);
}

/**
 * vigil_context_setup_profile:
 *
 * Gives the current profile the name, kind and answers chosen at the first start, in one
 * transaction, and tells listeners that everything shown is stale.
 */
gboolean
vigil_context_setup_profile (VigilContext        *self,
                             const char          *name,
                             VigilProfileKind     kind,
                             const VigilAnswers  *answers,
                             GError             **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  json = vigil_answers_to_json (answers);
  if (!vigil_database_begin (self->database, error))
    return FALSE;
  if (!vigil_profile_store_rename (self->profiles, self->profile_id, name, error) ||
      !vigil_profile_store_set_kind (self->profiles, self->profile_id, kind, error) ||
      !vigil_profile_store_set_answers (self->profiles, self->profile_id, json, error) ||
      !vigil_database_commit (self->database, error))
    {
      vigil_database_rollback (self->database);
      return FALSE;
    }

  return answers_changed (self);
}

/**
 * vigil_context_guideline_matters:
 *
 * Returns: whether @guideline applies to the current profile's answers
 */
gboolean
vigil_context_guideline_matters (VigilContext   *self,
                                 VigilGuideline *guideline)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), TRUE);
  return vigil_answers_guideline_matters (self->answers, guideline);
}

/**
 * vigil_context_item_matters:
 *
 * Returns: whether @item applies to the devices in the current profile's answers
 */
gboolean
vigil_context_item_matters (VigilContext       *self,
                            VigilChecklistItem *item)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), TRUE);
  return vigil_answers_item_matters (self->answers, item);
}

/**
 * vigil_context_get_recovery:
 *
 * Returns: (transfer none) (nullable): what happened if the database was damaged and had
 *   to be replaced when the context was created
 */
const VigilRecovery *
vigil_context_get_recovery (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);
  return self->recovery;
}

gint64
vigil_context_get_profile_id (VigilContext *self)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), 0);
  return self->profile_id;
}

gboolean
vigil_context_get_item_done (VigilContext *self,
                             const char   *item_id)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return vigil_progress_store_get_done (self->progress, self->profile_id, item_id);
}

/**
 * vigil_context_set_item_done:
 *
 * Marks a catalog item, or one of the profile's custom items, done or not done for the
 * current profile. Unknown ids are
 * refused with %VIGIL_CONTEXT_ERROR_UNKNOWN_ID.
 */
gboolean
vigil_context_set_item_done (VigilContext  *self,
                             const char    *item_id,
                             gboolean       done,
                             GError       **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (vigil_catalog_lookup_item (self->catalog, item_id) == NULL &&
      !vigil_context_has_custom_item (self, item_id))
    {
      g_set_error (error, VIGIL_CONTEXT_ERROR, VIGIL_CONTEXT_ERROR_UNKNOWN_ID,
                   _("There is no checklist item “%s”."), item_id);
      return FALSE;
    }

  return vigil_progress_store_set_done (self->progress, self->profile_id, item_id, done, error);
}

static void
add_guideline (VigilProgress      *progress,
               VigilGuideline     *guideline,
               GHashTable         *states,
               const VigilAnswers *answers,
               gint64              now)
{
  GListModel *items = vigil_guideline_get_items (guideline);
  guint recurrence = vigil_guideline_get_recurrence (guideline);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);

      if (!vigil_checklist_item_get_retired (item) &&
          vigil_answers_item_matters (answers, item))
        vigil_progress_add (progress,
                            g_hash_table_lookup (states, vigil_checklist_item_get_id (item)),
                            recurrence, now);
    }
}

/* Returns a reference to the current profile's states, which callers only read. */
static GHashTable *
dup_states (VigilContext *self)
{
  g_autoptr(GError) error = NULL;
  GHashTable *states;

  if (self->states != NULL)
    return g_hash_table_ref (self->states);

  states = vigil_progress_store_dup_states (self->progress, self->profile_id, &error);
  if (states == NULL)
    {
      /* Counting is for display: show zero rather than fail, and say why in the log; a
       * failed read is not kept, so the next count tries again. */
      g_debug ("Could not count progress: %s", error->message);
      return g_hash_table_new (g_str_hash, g_str_equal);
    }

  self->states = states;

  return g_hash_table_ref (self->states);
}

GHashTable *
_vigil_context_dup_states (VigilContext *self)
{
  return dup_states (self);
}

/**
 * vigil_context_count_progress:
 * @scope: (nullable): a #VigilGuideline or #VigilSection; %NULL for the whole profile
 * @audience: with @scope %NULL, count only guidelines for this audience; -1 for all
 * @progress: (out): the counts
 *
 * Counts the current profile's progress over the live (not retired) items in @scope that
 * its answers make relevant.
 */
void
vigil_context_count_progress (VigilContext  *self,
                              GObject       *scope,
                              int            audience,
                              VigilProgress *progress)
{
  g_autoptr(GHashTable) states = NULL;
  GListModel *sections;
  gint64 now = g_get_real_time ();

  g_return_if_fail (VIGIL_IS_CONTEXT (self));
  g_return_if_fail (scope == NULL || VIGIL_IS_GUIDELINE (scope) || VIGIL_IS_SECTION (scope));
  g_return_if_fail (progress != NULL);

  memset (progress, 0, sizeof *progress);
  states = dup_states (self);

  if (VIGIL_IS_GUIDELINE (scope))
    {
      add_guideline (progress, VIGIL_GUIDELINE (scope), states, self->answers, now);
      return;
    }

  sections = vigil_catalog_get_sections (self->catalog);
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      GListModel *guidelines = vigil_section_get_guidelines (section);

      if (scope != NULL && G_OBJECT (section) != scope)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (guidelines); i++)
        {
          g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, i);

          if ((audience < 0 ||
               vigil_guideline_get_audience (guideline) == (VigilAudience)audience) &&
              vigil_answers_guideline_matters (self->answers, guideline))
            add_guideline (progress, guideline, states, self->answers, now);
        }
    }
}

void
vigil_context_count_guideline (VigilContext   *self,
                               VigilGuideline *guideline,
                               guint          *n_done,
                               guint          *n_total)
{
  VigilProgress progress;

  vigil_context_count_progress (self, G_OBJECT (guideline), -1, &progress);
  if (n_done != NULL)
    *n_done = progress.done;
  if (n_total != NULL)
    *n_total = progress.applicable;
}

void
vigil_context_count_section (VigilContext *self,
                             VigilSection *section,
                             guint        *n_done,
                             guint        *n_total)
{
  VigilProgress progress;

  vigil_context_count_progress (self, G_OBJECT (section), -1, &progress);
  if (n_done != NULL)
    *n_done = progress.done;
  if (n_total != NULL)
    *n_total = progress.applicable;
}

/**
 * vigil_context_get_profile_kind:
 *
 * Returns: whether the current profile is a household's or an organization's
 */
VigilProfileKind
vigil_context_get_profile_kind (VigilContext *self)
{
  g_autoptr(VigilProfile) profile = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), VIGIL_PROFILE_HOUSEHOLD);

  profile = vigil_profile_store_lookup (self->profiles, self->profile_id, NULL);

  return profile != NULL ? vigil_profile_get_kind (profile) : VIGIL_PROFILE_HOUSEHOLD;
}

typedef struct
{
  VigilChecklistItem *item;
  VigilLevel          level;
  gboolean            targeted;
  guint               effort;
  guint               order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  if (x->targeted != y->targeted)
    return x->targeted ? -1 : 1;
  if (x->effort != y->effort)
    return x->effort < y->effort ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Calls @func for every live item of the guidelines meant for the current profile's kind
 * that its answers make relevant. */
static void
foreach_relevant_item (VigilContext *self,
                       void        (*func) (VigilGuideline     *guideline,
                                            VigilChecklistItem *item,
                                            guint               order,
                                            gpointer            data),
                       gpointer      data)
{
  VigilAudience audience = vigil_context_get_profile_kind (self) == VIGIL_PROFILE_ORGANIZATION
                           ? VIGIL_AUDIENCE_ORGANIZATION : VIGIL_AUDIENCE_CONSUMER;
  GListModel *sections = vigil_catalog_get_sections (self->catalog);
  guint order = 0;

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      GListModel *guidelines = vigil_section_get_guidelines (section);

      for (guint g = 0; g < g_list_model_get_n_items (guidelines); g++)
        {
          g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, g);
          GListModel *items = vigil_guideline_get_items (guideline);

          if (vigil_guideline_get_audience (guideline) != audience ||
              !vigil_answers_guideline_matters (self->answers, guideline))
            continue;

          for (guint i = 0; i < g_list_model_get_n_items (items); i++)
            {
              g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);

              if (!vigil_checklist_item_get_retired (item) &&
                  vigil_answers_item_matters (self->answers, item))
                func (guideline, item, order++, data);
            }
        }
    }
}

typedef struct
{
  GHashTable         *states;
  const VigilAnswers *answers;
  GArray             *candidates;
  GPtrArray          *review;
  gint64              now;
} Collect;

static void
collect_next (VigilGuideline     *guideline,
              VigilChecklistItem *item,
              guint               order,
              gpointer            data)
{
  Collect *collect = data;
  VigilItemState *state = g_hash_table_lookup (collect->states, vigil_checklist_item_get_id (item));
  Candidate candidate = { item, vigil_guideline_get_level (guideline),
                          vigil_answers_guideline_targeted (collect->answers, guideline),
                          vigil_guideline_get_effort (guideline), order };

  if (state == NULL || state->status == VIGIL_ITEM_STATUS_TODO ||
      state->status == VIGIL_ITEM_STATUS_IN_PROGRESS)
    g_array_append_val (collect->candidates, candidate);
}

static void
collect_review (VigilGuideline     *guideline,
                VigilChecklistItem *item,
                guint               order,
                gpointer            data)
{
  Collect *collect = data;
  VigilItemState *state = g_hash_table_lookup (collect->states, vigil_checklist_item_get_id (item));
  gint64 due;

  if (state == NULL)
    return;

  due = vigil_item_state_get_review_due (state, vigil_guideline_get_recurrence (guideline));
  if (due != 0 && due <= collect->now)
    g_ptr_array_add (collect->review, g_object_ref (item));
}

/**
 * vigil_context_list_next_steps:
 * @limit: how many at most
 *
 * The most important items still to do for the current profile: from the guidelines for its
 * kind (household or organization) that its answers make relevant, essential before
 * recommended before advanced, guidance written for the profile's situation (children,
 * card payments, …) before general guidance of the same level, then the quickest first, taking one item per guideline before a second from any.
 *
 * Returns: (transfer full) (element-type VigilChecklistItem): the items
 */
GPtrArray *
vigil_context_list_next_steps (VigilContext *self,
                               guint         limit)
{
  g_autoptr(GHashTable) states = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *steps = g_ptr_array_new_with_free_func (g_object_unref);
  Collect collect = { 0 };

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), steps);

  states = dup_states (self);
  collect.states = states;
  collect.answers = self->answers;
  collect.candidates = candidates;
  foreach_relevant_item (self, collect_next, &collect);

  g_array_sort (candidates, compare_candidates);

  /* One step from each guideline first, so the list spreads over several topics; then the
   * rest in the same order. */
  {
    g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
    g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);

    for (guint pass = 0; pass < 2; pass++)
      for (guint i = 0; i < candidates->len && steps->len < limit; i++)
        {
          VigilChecklistItem *item = g_array_index (candidates, Candidate, i).item;
          VigilGuideline *guideline = vigil_checklist_item_get_guideline (item);

          if (g_hash_table_contains (taken, item) ||
              (pass == 0 && g_hash_table_contains (used, guideline)))
            continue;

          g_hash_table_add (used, guideline);
          g_hash_table_add (taken, item);
          g_ptr_array_add (steps, g_object_ref (item));
        }
  }

  return steps;
}

/**
 * vigil_context_list_needs_review:
 *
 * Returns: (transfer full) (element-type VigilChecklistItem): done, recurring items whose
 *   review date has passed
 */
GPtrArray *
vigil_context_list_needs_review (VigilContext *self)
{
  g_autoptr(GHashTable) states = NULL;
  GPtrArray *review = g_ptr_array_new_with_free_func (g_object_unref);
  Collect collect = { 0 };

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), review);

  states = dup_states (self);
  collect.states = states;
  collect.review = review;
  collect.now = g_get_real_time ();
  foreach_relevant_item (self, collect_review, &collect);

  return review;
}
