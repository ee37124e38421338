/* vigil-context-filter.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-context.h"

void
vigil_view_filter_clear (VigilViewFilter *self)
{
  g_clear_pointer (&self->platform, g_free);
}

static gboolean
has_howto_for (VigilChecklistItem *item,
               const char         *platform)
{
  return g_strv_contains (vigil_checklist_item_get_howto_platforms (item), platform);
}

/**
 * vigil_context_shows_guideline:
 * @filter: what the person chose to see
 *
 * Returns: whether @guideline belongs in a list under @filter for the current profile
 */
gboolean
vigil_context_shows_guideline (VigilContext          *self,
                               const VigilViewFilter *filter,
                               VigilGuideline        *guideline)
{
  VigilLevel level;
  GListModel *items;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), TRUE);
  g_return_val_if_fail (filter != NULL, TRUE);
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (guideline), TRUE);

  level = vigil_guideline_get_level (guideline);
  if (vigil_guideline_get_retired (guideline) ||
      (filter->essentials_only && level != VIGIL_LEVEL_ESSENTIAL) ||
      (!filter->show_advanced && level == VIGIL_LEVEL_ADVANCED) ||
      (filter->hide_not_applicable && !vigil_context_guideline_matters (self, guideline)))
    return FALSE;

  if (filter->platform == NULL || *filter->platform == '\0')
    return TRUE;

  /* A platform filter asks "what do I do on this device": guidelines with steps for it. */
  items = vigil_guideline_get_items (guideline);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(VigilChecklistItem) item = g_list_model_get_item (items, i);

      if (has_howto_for (item, filter->platform))
        return TRUE;
    }

  return FALSE;
}

/**
 * vigil_context_shows_item:
 * @filter: what the person chose to see
 *
 * Items with no how-to steps apply to every device, so a platform filter keeps them.
 *
 * Returns: whether @item belongs in its guideline's checklist under @filter
 */
gboolean
vigil_context_shows_item (VigilContext          *self,
                          const VigilViewFilter *filter,
                          VigilChecklistItem    *item)
{
  const char * const *howtos;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (self), TRUE);
  g_return_val_if_fail (filter != NULL, TRUE);
  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ITEM (item), TRUE);

  if (vigil_checklist_item_get_retired (item))
    return FALSE;

  if (filter->hide_not_applicable)
    {
      g_autoptr(VigilItemState) state = NULL;

      if (!vigil_context_item_matters (self, item))
        return FALSE;
      state = vigil_progress_store_dup_state (vigil_context_get_progress_store (self),
                                              vigil_context_get_profile_id (self),
                                              vigil_checklist_item_get_id (item));
      if (state != NULL && state->status == VIGIL_ITEM_STATUS_NOT_APPLICABLE)
        return FALSE;
    }

  howtos = vigil_checklist_item_get_howto_platforms (item);
  return filter->platform == NULL || *filter->platform == '\0' || howtos[0] == NULL ||
         has_howto_for (item, filter->platform);
}
