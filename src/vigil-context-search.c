/* vigil-context-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-context.h"

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
add_guideline (VigilContext     *self,
               VigilSearchIndex *index,
               VigilGuideline   *guideline,
               GHashTable       *states)
{
  const char *id = vigil_guideline_get_id (guideline);
  GListModel *items = vigil_guideline_get_items (guideline);
  double bonus = level_bonus (guideline);
  g_autoptr(GPtrArray) custom = NULL;

  vigil_search_index_add (index, VIGIL_SEARCH_GUIDELINE, id, vigil_guideline_get_title (guideline),
                          vigil_guideline_get_summary (guideline),
                          vigil_guideline_get_body (guideline), bonus);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);
      g_autofree char *howtos = NULL;
      VigilItemState *state;

      if (vigil_checklist_item_get_retired (item))
        continue;

      howtos = join_howtos (item);
      vigil_search_index_add (index, VIGIL_SEARCH_ITEM, id, vigil_checklist_item_get_title (item),
                              vigil_checklist_item_get_details (item), howtos, bonus);

      state = g_hash_table_lookup (states, vigil_checklist_item_get_id (item));
      if (state != NULL && state->note != NULL && *state->note != '\0')
        vigil_search_index_add (index, VIGIL_SEARCH_NOTE, id,
                                vigil_checklist_item_get_title (item), state->note, NULL, 0);
    }

  custom = vigil_context_list_custom_items (self, id);
  for (guint i = 0; i < custom->len; i++)
    {
      VigilCustomItem *item = g_ptr_array_index (custom, i);

      vigil_search_index_add (index, VIGIL_SEARCH_CUSTOM, id, item->title, NULL, NULL, 0);
    }
}

/**
 * vigil_context_build_search_index:
 *
 * Indexes the catalog as loaded (so in the current language) and the current profile's
 * notes and own steps. Build it again after a note, a step or the profile changes.
 *
 * Returns: (transfer full): the index
 */
VigilSearchIndex *
vigil_context_build_search_index (VigilContext *self)
{
  VigilSearchIndex *index = vigil_search_index_new ();
  g_autoptr(GHashTable) states = NULL;
  GListModel *sections;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), index);

  states = vigil_progress_store_dup_states (vigil_context_get_progress_store (self),
                                            vigil_context_get_profile_id (self), NULL);
  if (states == NULL)
    states = g_hash_table_new (g_str_hash, g_str_equal);

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
                add_guideline (self, index, VIGIL_GUIDELINE (entry), states);
            }
          else
            vigil_search_index_add (index, VIGIL_SEARCH_ENTRY,
                                    vigil_entry_get_id (VIGIL_ENTRY (entry)),
                                    vigil_entry_get_title (VIGIL_ENTRY (entry)),
                                    vigil_entry_get_summary (VIGIL_ENTRY (entry)),
                                    vigil_entry_get_body (VIGIL_ENTRY (entry)), 0);
        }
    }

  return index;
}
