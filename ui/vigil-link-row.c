/* vigil-link-row.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vigil-action-row.h"
#include "vigil-context.h"
#include "vigil-link-row.h"

/**
 * vigil_link_row_new:
 * @target: a #VigilGuideline or #VigilEntry
 * @suffix: (nullable): a widget to show before the arrow, such as a progress count
 *
 * Returns: (transfer floating): an activatable row that opens @target through win.show
 */
GtkWidget *
vigil_link_row_new (GObject   *target,
                    GtkWidget *suffix)
{
  GtkWidget *row;
  const char *id, *title, *summary;

  g_return_val_if_fail (VIGIL_IS_GUIDELINE (target) || VIGIL_IS_ENTRY (target), NULL);

  if (VIGIL_IS_GUIDELINE (target))
    {
      id = vigil_guideline_get_id (VIGIL_GUIDELINE (target));
      title = vigil_guideline_get_title (VIGIL_GUIDELINE (target));
      summary = vigil_guideline_get_summary (VIGIL_GUIDELINE (target));
    }
  else
    {
      id = vigil_entry_get_id (VIGIL_ENTRY (target));
      title = vigil_entry_get_title (VIGIL_ENTRY (target));
      summary = vigil_entry_get_summary (VIGIL_ENTRY (target));
    }

  row = vigil_action_row_new (title, summary, 2, suffix);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return vigil_link_row_new (item, NULL);
}

/**
 * vigil_link_list_bind:
 * @heading: (nullable): a heading shown only when @targets is not empty
 *
 * Fills @list with a row per guideline or entry of @targets, hiding both when it is empty.
 */
void
vigil_link_list_bind (GtkListBox *list,
                      GtkWidget  *heading,
                      GListModel *targets)
{
  gboolean any = targets != NULL && g_list_model_get_n_items (targets) > 0;

  gtk_list_box_bind_model (list, targets, create_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (list), any);
  if (heading != NULL)
    gtk_widget_set_visible (heading, any);
}
