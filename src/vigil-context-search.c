/* vigil-context-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "catalog/vigil-text.h"
#include "vigil-context-private.h"

/* What search looks through: the catalog as loaded (so in the language of this run) and the
 * current profile's notes and own steps. The context keeps one index, built on first use and
 * kept current from its own change signals; the catalog part never changes during a run. */

#define NOTE_KEY_PREFIX "note:"
#define CUSTOM_KEY_PREFIX "custom:"

static GQuark
index_quark (void)
{
  return g_quark_from_static_string ("vigil-search-index");
}

/* What changed since the index was last handed out: item ids, or all of the profile's
 * documents. Changes are applied when the index is next asked for, so that it is current
 * for every handler of a change signal, whichever runs first. */
static GQuark
pending_quark (void)
{
  return g_quark_from_static_string ("vigil-search-pending");
}

#define PROFILE_PENDING "\x01profile"

/* The keys of the profile's documents in the index, to take out on a profile switch. */
static GQuark
profile_keys_quark (void)
{
  return g_quark_from_static_string ("vigil-search-profile-keys");
}

/* Essential guidance first when matches are otherwise equal. */
static double
level_bonus (VigilGuideline *guideline)
{
  switch (vigil_guideline_get_level (guideline))
    {
    case VIGIL_LEVEL_ESSENTIAL:
      return 0.3;
    case VIGIL_LEVEL_RECOMMENDED:
      return 0.15;
    case VIGIL_LEVEL_ADVANCED:
    default:
      return 0;
    }
}

/* Catalog text links words as "[words](id)": search and its snippets see the words only. */
static char *
dup_plain (const char *text)
{
  return text != NULL && strchr (text, '[') != NULL ? vigil_text_to_plain (text) : NULL;
}

static void
emit (const VigilSearchDocument *document,
      VigilSearchDocumentFunc    func,
      gpointer                   user_data)
{
  g_autofree char *title = dup_plain (document->title);
  g_autofree char *summary = dup_plain (document->summary);
  g_autofree char *body = dup_plain (document->body);
  VigilSearchDocument plain = *document;

  plain.title = title != NULL ? title : document->title;
  plain.summary = summary != NULL ? summary : document->summary;
  plain.body = body != NULL ? body : document->body;
  func (&plain, user_data);
}

/* An item's how-to steps, all platforms, one per line. */
static char *
join_howtos (VigilChecklistItem *item)
{
  const char * const *platforms = vigil_checklist_item_get_howto_platforms (item);
  GString *text = g_string_new (NULL);

  for (guint p = 0; platforms[p] != NULL; p++)
    {
      const char * const *steps = vigil_checklist_item_get_howto_steps (item, platforms[p]);

      for (guint s = 0; steps[s] != NULL; s++)
        g_string_append_printf (text, "%s\n", steps[s]);
    }

  return g_string_free (text, text->len == 0);
}

static void
foreach_note (const char              *item_id,
              const char              *title,
              const char              *guideline_id,
              const char              *note,
              VigilSearchDocumentFunc  func,
              gpointer                 user_data)
{
  g_autofree char *key = g_strconcat (NOTE_KEY_PREFIX, item_id, NULL);
  VigilSearchDocument document = {
    VIGIL_SEARCH_NOTE, key, guideline_id, title, note, NULL, 0
  };

  /* People's own words are taken as written. */
  if (note != NULL && *note != '\0')
    func (&document, user_data);
}

static void
foreach_custom (VigilCustomItem         *item,
                GHashTable              *states,
                VigilSearchDocumentFunc  func,
                gpointer                 user_data)
{
  g_autofree char *key = g_strconcat (CUSTOM_KEY_PREFIX, item->id, NULL);
  VigilSearchDocument document = {
    VIGIL_SEARCH_CUSTOM, key, item->guideline_id, item->title, NULL, NULL, 0
  };
  VigilItemState *state = g_hash_table_lookup (states, item->id);

  func (&document, user_data);
  if (state != NULL)
    foreach_note (item->id, item->title, item->guideline_id, state->note, func, user_data);
}

static void
foreach_guideline (VigilGuideline          *guideline,
                   GHashTable              *states,
                   VigilSearchDocumentFunc  func,
                   gpointer                 user_data)
{
  const char *id = vigil_guideline_get_id (guideline);
  GListModel *items = vigil_guideline_get_items (guideline);
  VigilSearchDocument document = {
    VIGIL_SEARCH_GUIDELINE, NULL, id, vigil_guideline_get_title (guideline),
    vigil_guideline_get_summary (guideline), vigil_guideline_get_body (guideline),
    level_bonus (guideline)
  };

  emit (&document, func, user_data);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *howtos = NULL;
      VigilItemState *state;

      if (vigil_checklist_item_get_retired (item))
        continue;

      howtos = join_howtos (item);
      document.kind = VIGIL_SEARCH_ITEM;
      document.title = vigil_checklist_item_get_title (item);
      document.summary = vigil_checklist_item_get_details (item);
      document.body = howtos;
      emit (&document, func, user_data);

      state = g_hash_table_lookup (states, vigil_checklist_item_get_id (item));
      if (state != NULL)
        foreach_note (vigil_checklist_item_get_id (item), document.title, id, state->note,
                      func, user_data);
    }
}

static void
foreach_profile_document (VigilContext            *self,
                          GHashTable              *states,
                          VigilSearchDocumentFunc  func,
                          gpointer                 user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) custom = NULL;

  custom = vigil_custom_item_store_list_all (vigil_context_get_custom_item_store (self),
                                             vigil_context_get_profile_id (self), &error);
  if (custom == NULL)
    {
      g_warning ("Could not read your own steps for search: %s", error->message);
      return;
    }

  for (guint i = 0; i < custom->len; i++)
    foreach_custom (g_ptr_array_index (custom, i), states, func, user_data);
}

/**
 * vigil_context_foreach_search_document:
 * @func: called once per document, in catalog order, then the profile's own steps
 *
 * Lists what search looks through: every guideline, checklist item (with its details and
 * how-to steps) and entry (threats, assets, glossary…) as loaded, so in the current language,
 * and the current profile's notes and own steps. The documents live only during the call.
 */
void
vigil_context_foreach_search_document (VigilContext            *self,
                                       VigilSearchDocumentFunc  func,
                                       gpointer                 user_data)
{
  g_autoptr(GHashTable) states = NULL;
  GListModel *sections;

  g_return_if_fail (VIGIL_IS_CONTEXT (self));
  g_return_if_fail (func != NULL);

  states = _vigil_context_dup_states (self);
  sections = vigil_catalog_get_sections (vigil_context_get_catalog (self));
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      GListModel *entries = vigil_section_get_entries (section);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (entries, e);

          if (VIGIL_IS_GUIDELINE (entry))
            {
              if (!vigil_guideline_get_retired (VIGIL_GUIDELINE (entry)))
                foreach_guideline (VIGIL_GUIDELINE (entry), states, func, user_data);
            }
          else
            {
              VigilSearchDocument document = {
                VIGIL_SEARCH_ENTRY, NULL, vigil_entry_get_id (VIGIL_ENTRY (entry)),
                vigil_entry_get_title (VIGIL_ENTRY (entry)),
                vigil_entry_get_summary (VIGIL_ENTRY (entry)),
                vigil_entry_get_body (VIGIL_ENTRY (entry)), 0
              };

              emit (&document, func, user_data);
            }
        }
    }

  foreach_profile_document (self, states, func, user_data);
}

static void
add_document_cb (const VigilSearchDocument *document,
                 gpointer                   user_data)
{
  VigilSearchIndex *index = user_data;

  vigil_search_index_add_document (index, document);
}

/**
 * vigil_context_build_search_index:
 *
 * A new index of everything vigil_context_foreach_search_document() lists, which does not
 * follow later changes: see vigil_context_get_search_index() for one that does.
 *
 * Returns: (transfer full): the index
 */
VigilSearchIndex *
vigil_context_build_search_index (VigilContext *self)
{
  VigilSearchIndex *index = vigil_search_index_new ();

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), index);

  vigil_context_foreach_search_document (self, add_document_cb, index);

  return index;
}

static void
add_tracked_document_cb (const VigilSearchDocument *document,
                         gpointer                   user_data)
{
  VigilContext *self = user_data;
  GHashTable *keys = g_object_get_qdata (G_OBJECT (self), profile_keys_quark ());

  vigil_search_index_add_document (g_object_get_qdata (G_OBJECT (self), index_quark ()),
                                   document);
  if (document->key != NULL)
    g_hash_table_add (keys, g_strdup (document->key));
}

/* Own steps are few: on any change to one, all of them are read again in one query. */
static void
refresh_custom_items (VigilContext *self,
                      GHashTable   *states)
{
  VigilSearchIndex *index = g_object_get_qdata (G_OBJECT (self), index_quark ());
  GHashTable *keys = g_object_get_qdata (G_OBJECT (self), profile_keys_quark ());
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, CUSTOM_KEY_PREFIX))
      {
        vigil_search_index_remove (index, key);
        g_ptr_array_add (stale, g_strdup (key));
      }
  for (guint i = 0; i < stale->len; i++)
    g_hash_table_remove (keys, g_ptr_array_index (stale, i));

  foreach_profile_document (self, states, add_tracked_document_cb, self);
}

static void
update_item (VigilContext *self,
             const char   *item_id)
{
  VigilSearchIndex *index = g_object_get_qdata (G_OBJECT (self), index_quark ());
  GHashTable *keys = g_object_get_qdata (G_OBJECT (self), profile_keys_quark ());
  g_autofree char *note_key = g_strconcat (NOTE_KEY_PREFIX, item_id, NULL);
  VigilChecklistItem *item;

  vigil_search_index_remove (index, note_key);
  g_hash_table_remove (keys, note_key);

  item = vigil_catalog_lookup_item (vigil_context_get_catalog (self), item_id);
  if (item != NULL)
    {
      g_autoptr(VigilItemState) state = NULL;

      state = vigil_progress_store_dup_state (vigil_context_get_progress_store (self),
                                              vigil_context_get_profile_id (self), item_id);
      if (state != NULL)
        foreach_note (item_id, vigil_checklist_item_get_title (item),
                      vigil_guideline_get_id (vigil_checklist_item_get_guideline (item)),
                      state->note, add_tracked_document_cb, self);
    }
  else
    {
      /* An own step: its title or its note changed, or it came or went. */
      g_autoptr(GHashTable) states = _vigil_context_dup_states (self);

      refresh_custom_items (self, states);
    }
}

/* Guidelines for the profile's kind that its answers leave in rank above the others: a
 * household's "backup" finds its own backup guideline before an organization's. */
static void
update_boosts (VigilContext *self)
{
  VigilSearchIndex *index = g_object_get_qdata (G_OBJECT (self), index_quark ());
  VigilAudience audience = vigil_context_get_profile_kind (self) == VIGIL_PROFILE_ORGANIZATION
                           ? VIGIL_AUDIENCE_ORGANIZATION : VIGIL_AUDIENCE_CONSUMER;
  GListModel *sections = vigil_catalog_get_sections (vigil_context_get_catalog (self));

  vigil_search_index_clear_boosts (index);
  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, s);
      GListModel *guidelines = vigil_section_get_guidelines (section);

      for (guint g = 0; g < g_list_model_get_n_items (guidelines); g++)
        {
          g_autoptr(VigilGuideline) guideline = g_list_model_get_item (guidelines, g);

          if (vigil_guideline_get_audience (guideline) == audience
              && vigil_context_guideline_matters (self, guideline))
            vigil_search_index_set_boost (index, vigil_guideline_get_id (guideline), 1.0);
        }
    }
}

static void
update_profile (VigilContext *self)
{
  VigilSearchIndex *index = g_object_get_qdata (G_OBJECT (self), index_quark ());
  GHashTable *keys = g_object_get_qdata (G_OBJECT (self), profile_keys_quark ());
  g_autoptr(GHashTable) states = _vigil_context_dup_states (self);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    vigil_search_index_remove (index, key);
  g_hash_table_remove_all (keys);

  /* Notes on catalog items, then own steps with their notes. */
  g_hash_table_iter_init (&iter, states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      VigilChecklistItem *item = vigil_catalog_lookup_item (vigil_context_get_catalog (self),
                                                            key);
      VigilItemState *state = value;

      if (item != NULL && !vigil_checklist_item_get_retired (item))
        foreach_note (key, vigil_checklist_item_get_title (item),
                      vigil_guideline_get_id (vigil_checklist_item_get_guideline (item)),
                      state->note, add_tracked_document_cb, self);
    }
  foreach_profile_document (self, states, add_tracked_document_cb, self);
  update_boosts (self);
}

void
_vigil_context_search_invalidate (VigilContext *self,
                                  const char   *item_id)
{
  GHashTable *pending = g_object_get_qdata (G_OBJECT (self), pending_quark ());

  /* No index yet: it will be built from what is current. */
  if (pending == NULL)
    return;

  if (item_id == NULL)
    g_hash_table_remove_all (pending);
  g_hash_table_add (pending, g_strdup (item_id != NULL ? item_id : PROFILE_PENDING));
}

static void
apply_pending (VigilContext *self)
{
  GHashTable *pending = g_object_get_qdata (G_OBJECT (self), pending_quark ());
  GHashTableIter iter;
  gpointer item_id;

  if (g_hash_table_size (pending) == 0)
    return;

  if (g_hash_table_contains (pending, PROFILE_PENDING))
    update_profile (self);
  else
    {
      g_hash_table_iter_init (&iter, pending);
      while (g_hash_table_iter_next (&iter, &item_id, NULL))
        update_item (self, item_id);
    }
  g_hash_table_remove_all (pending);
}

/**
 * vigil_context_get_search_index:
 *
 * The context's own index, built on the first call (tens of milliseconds) and from then on
 * kept current as notes, own steps and the current profile change. Guidelines that apply to
 * the current profile rank above others that match as well.
 *
 * Returns: (transfer none): the index
 */
VigilSearchIndex *
vigil_context_get_search_index (VigilContext *self)
{
  VigilSearchIndex *index;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), NULL);

  index = g_object_get_qdata (G_OBJECT (self), index_quark ());
  if (index != NULL)
    {
      apply_pending (self);
      return index;
    }

  index = vigil_search_index_new ();
  g_object_set_qdata_full (G_OBJECT (self), index_quark (), index, g_object_unref);
  g_object_set_qdata_full (G_OBJECT (self), profile_keys_quark (),
                           g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                           (GDestroyNotify) g_hash_table_unref);
  g_object_set_qdata_full (G_OBJECT (self), pending_quark (),
                           g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                           (GDestroyNotify) g_hash_table_unref);
  vigil_context_foreach_search_document (self, add_tracked_document_cb, self);
  update_boosts (self);

  return index;
}
