/* vigil-custom-steps.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-custom-steps.h"
#include "vigil-page-util.h"

#define CUSTOM_PREFIX "custom."

struct _VigilCustomSteps
{
  GtkBox        parent_instance;

  GtkListBox   *list;
  AdwEntryRow  *add_row;

  VigilContext *context;
  char         *guideline_id;
  /* The rows of the steps, in the list's order, before the add row */
  GPtrArray    *rows;
};

G_DEFINE_FINAL_TYPE (VigilCustomSteps, vigil_custom_steps, GTK_TYPE_BOX)

static void sync_rows (VigilCustomSteps *self);

static const char *
row_item_id (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "item-id");
}

static void
on_done_toggled_cb (GtkCheckButton *check,
                    GtkWidget      *row)
{
  VigilCustomSteps *self = g_object_get_data (G_OBJECT (row), "steps");
  g_autoptr(GError) error = NULL;

  if (!vigil_context_set_item_done (self->context, row_item_id (row),
                                    gtk_check_button_get_active (check), &error))
    {
      vigil_page_report_error (GTK_WIDGET (self), error);
      sync_rows (self);
    }
}

static void
on_title_applied_cb (AdwEntryRow *row,
                     gpointer     user_data)
{
  VigilCustomSteps *self = g_object_get_data (G_OBJECT (row), "steps");
  g_autoptr(GError) error = NULL;

  if (!vigil_context_rename_custom_item (self->context, row_item_id (GTK_WIDGET (row)),
                                         gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      vigil_page_report_error (GTK_WIDGET (self), error);
      sync_rows (self);
    }
}

static void
on_remove_clicked_cb (GtkButton *button,
                      GtkWidget *row)
{
  VigilCustomSteps *self = g_object_get_data (G_OBJECT (row), "steps");
  g_autoptr(GError) error = NULL;

  if (!vigil_context_remove_custom_item (self->context, row_item_id (row), &error))
    vigil_page_report_error (GTK_WIDGET (self), error);
}

static void
on_add_row_apply_cb (VigilCustomSteps *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *item_id = NULL;

  item_id = vigil_context_add_custom_item (self->context, self->guideline_id,
                                           gtk_editable_get_text (GTK_EDITABLE (self->add_row)),
                                           &error);
  if (item_id == NULL)
    {
      vigil_page_report_error (GTK_WIDGET (self), error);
      return;
    }

  vigil_page_clear_add_row (self->add_row);
}

static GtkWidget *
create_row (VigilCustomSteps *self,
            VigilCustomItem  *item)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data (G_OBJECT (row), "steps", self);
  g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (item->id), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Your step"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), check);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Step"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Step"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  g_signal_connect (check, "toggled", G_CALLBACK (on_done_toggled_cb), row);
  g_signal_connect (row, "apply", G_CALLBACK (on_title_applied_cb), NULL);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), row);

  return row;
}

/* Shows @item on @row without calling back into the store. */
static void
update_row (VigilCustomSteps *self,
            GtkWidget        *row,
            VigilCustomItem  *item)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
  gboolean done = vigil_context_get_item_done (self->context, item->id);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), item->title) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), item->title);

  g_signal_handlers_block_by_func (check, on_done_toggled_cb, row);
  gtk_check_button_set_active (check, done);
  g_signal_handlers_unblock_by_func (check, on_done_toggled_cb, row);

  {
    /* Translators: the accessible name of a custom step's check box; %s is the step */
    g_autofree char *label = g_strdup_printf (_("Done: %s"), item->title);
    gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    label, -1);
  }
}

/* Updates rows in place while the same steps are listed, so that focus stays where it is;
 * rebuilds when steps come or go. */
static void
sync_rows (VigilCustomSteps *self)
{
  g_autoptr(GPtrArray) items = NULL;
  gboolean same = TRUE;

  if (self->context == NULL || self->guideline_id == NULL)
    return;

  items = vigil_context_list_custom_items (self->context, self->guideline_id);
  same = items->len == self->rows->len;
  for (guint i = 0; same && i < items->len; i++)
    same = g_str_equal (((VigilCustomItem *)g_ptr_array_index (items, i))->id,
                        row_item_id (g_ptr_array_index (self->rows, i)));

  if (!same)
    {
      for (guint i = 0; i < self->rows->len; i++)
        gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
      g_ptr_array_set_size (self->rows, 0);

      for (guint i = 0; i < items->len; i++)
        {
          GtkWidget *row = create_row (self, g_ptr_array_index (items, i));

          gtk_list_box_insert (self->list, row, (int)i);
          g_ptr_array_add (self->rows, row);
        }
    }

  for (guint i = 0; i < items->len; i++)
    update_row (self, g_ptr_array_index (self->rows, i), g_ptr_array_index (items, i));
}

static void
on_item_changed_cb (VigilCustomSteps *self,
                    const char       *item_id,
                    VigilContext     *context)
{
  if (g_str_has_prefix (item_id, CUSTOM_PREFIX))
    sync_rows (self);
}

/**
 * vigil_custom_steps_set_target:
 *
 * Shows the current profile's own steps for @guideline_id, following changes to them
 * and to the current profile.
 */
void
vigil_custom_steps_set_target (VigilCustomSteps *self,
                               VigilContext     *context,
                               const char       *guideline_id)
{
  g_return_if_fail (VIGIL_IS_CUSTOM_STEPS (self));
  g_return_if_fail (VIGIL_IS_CONTEXT (context));

  if (self->context != context)
    {
      if (self->context != NULL)
        g_signal_handlers_disconnect_by_data (self->context, self);
      g_set_object (&self->context, context);
      g_signal_connect_object (context, "item-changed", G_CALLBACK (on_item_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (context, "profile-changed", G_CALLBACK (sync_rows), self,
                               G_CONNECT_SWAPPED);
    }

  g_free (self->guideline_id);
  self->guideline_id = g_strdup (guideline_id);
  sync_rows (self);
}

AdwEntryRow *
vigil_custom_steps_get_add_row (VigilCustomSteps *self)
{
  g_return_val_if_fail (VIGIL_IS_CUSTOM_STEPS (self), NULL);
  return self->add_row;
}

/**
 * vigil_custom_steps_find_row:
 *
 * Returns: (transfer none) (nullable): the #AdwEntryRow of the step @item_id
 */
GtkWidget *
vigil_custom_steps_find_row (VigilCustomSteps *self,
                             const char       *item_id)
{
  g_return_val_if_fail (VIGIL_IS_CUSTOM_STEPS (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    if (g_strcmp0 (row_item_id (g_ptr_array_index (self->rows, i)), item_id) == 0)
      return g_ptr_array_index (self->rows, i);

  return NULL;
}

static void
vigil_custom_steps_dispose (GObject *object)
{
  VigilCustomSteps *self = (VigilCustomSteps *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_CUSTOM_STEPS);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->guideline_id, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_custom_steps_parent_class)->dispose (object);
}

static void
vigil_custom_steps_class_init (VigilCustomStepsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vigil_custom_steps_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-custom-steps.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilCustomSteps, list);
  gtk_widget_class_bind_template_child (widget_class, VigilCustomSteps, add_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_row_apply_cb);
}

static void
vigil_custom_steps_init (VigilCustomSteps *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
