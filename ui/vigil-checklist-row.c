/* vigil-checklist-row.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-checklist-row"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-checklist-row.h"
#include "vigil-page-util.h"
#include "vigil-evidence-rows.h"
#include "report/vigil-report-text.h"

struct _VigilChecklistRow
{
  AdwExpanderRow      parent_instance;

  /* Template Widgets */
  GtkCheckButton     *check_button;
  GtkBox             *details_box;
  GtkLabel           *details_label;

  /* Organization profiles only: the item's full state, made when the row is first expanded
   * (see ensure_state_editor) */
  gboolean            organization;
  AdwComboRow        *status_row;
  AdwEntryRow        *reason_row;
  AdwEntryRow        *until_row;
  AdwEntryRow        *owner_row;
  AdwEntryRow        *due_row;
  AdwEntryRow        *note_row;

  /* Owned References */
  VigilContext       *context;
  VigilChecklistItem *item;

  /* Set while the check button is updated from the store, so it is not written back. */
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (VigilChecklistRow, vigil_checklist_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_howto (const char         *platform,
              const char * const *steps)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (vigil_page_platform_name (platform));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; steps[i] != NULL; i++)
    {
      /* Translators: a numbered how-to step: the number, then the step's text */
      g_autofree char *text = g_strdup_printf (_("%u. %s"), i + 1, steps[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      /* A minimum of a few words, not one (see create_paragraph in vigil-body-text.c) */
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

/* How-tos for the devices in use come first; the rest wait behind one click, so a
 * Windows household is not scrolling past iPhone steps. */
static void
add_howtos (VigilChecklistRow  *self,
            const char * const *platforms)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
  g_auto(GStrv) preferred = vigil_page_dup_howto_platforms (self->context, settings);
  GtkWidget *others = NULL;
  GtkWidget *others_box = NULL;

  for (guint i = 0; platforms[i] != NULL; i++)
    {
      GtkWidget *howto = create_howto (platforms[i],
                                       vigil_checklist_item_get_howto_steps (self->item,
                                                                             platforms[i]));

      if (g_strv_contains ((const char * const *) preferred, platforms[i]))
        {
          gtk_box_append (self->details_box, howto);
          continue;
        }

      if (others == NULL)
        {
          others = gtk_expander_new_with_mnemonic (_("Steps for _Other Devices"));
          others_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
          gtk_widget_set_margin_top (others_box, 6);
          gtk_expander_set_child (GTK_EXPANDER (others), others_box);
        }
      gtk_box_append (GTK_BOX (others_box), howto);
    }

  if (others != NULL)
    gtk_box_append (self->details_box, others);
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  if (text == NULL)
    text = "";
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text))
    return;

  /* libadwaita 1.2 takes any text change for an edit and shows the apply button; a value
   * read back from the store is not an edit. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static void
update_reason_rows (VigilChecklistRow *self,
                    VigilItemStatus    status)
{
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row),
                          status == VIGIL_ITEM_STATUS_NOT_APPLICABLE ||
                          status == VIGIL_ITEM_STATUS_RISK_ACCEPTED);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), status == VIGIL_ITEM_STATUS_RISK_ACCEPTED);
}

/* The state at a glance, for the collapsed row: "In progress · Amira · due 2026-12-15". */
static void
update_summary (VigilChecklistRow    *self,
                const VigilItemState *state)
{
  g_autoptr(GString) summary = g_string_new (vigil_report_status_label (state->status));

  if (state->owner != NULL)
    g_string_append_printf (summary, " · %s", state->owner);
  if (state->due != NULL)
    {
      g_string_append (summary, " · ");
      /* Translators: the date a checklist item is due, after its status and owner */
      g_string_append_printf (summary, C_("due date", "due %s"), state->due);
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary->str);
}

static void
sync_from_store (VigilChecklistRow *self)
{
  g_autoptr(VigilItemState) state = NULL;

  state = vigil_progress_store_dup_state (vigil_context_get_progress_store (self->context),
                                          vigil_context_get_profile_id (self->context),
                                          vigil_checklist_item_get_id (self->item));

  self->syncing = TRUE;
  gtk_check_button_set_active (self->check_button, state->status == VIGIL_ITEM_STATUS_DONE);
  if (self->organization)
    update_summary (self, state);
  if (self->status_row != NULL)
    {
      adw_combo_row_set_selected (self->status_row, state->status);
      set_entry (self->reason_row, state->reason);
      set_entry (self->until_row, state->accepted_until);
      set_entry (self->owner_row, state->owner);
      set_entry (self->due_row, state->due);
      set_entry (self->note_row, state->note);
      update_reason_rows (self, state->status);
      vigil_evidence_rows_sync (ADW_EXPANDER_ROW (self));
    }
  self->syncing = FALSE;
}

/* Shows why a change was refused on the row that must change, and puts the stored state back. */
static void
refuse (VigilChecklistRow *self,
        AdwEntryRow       *row,
        const GError      *error)
{
  gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
save_status (VigilChecklistRow *self)
{
  g_autoptr(GError) error = NULL;
  VigilItemStatus status = adw_combo_row_get_selected (self->status_row);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  const char *until = gtk_editable_get_text (GTK_EDITABLE (self->until_row));

  gtk_widget_remove_css_class (GTK_WIDGET (self->reason_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->until_row), "error");
  update_reason_rows (self, status);

  if (!vigil_progress_store_set_status (vigil_context_get_progress_store (self->context),
                                        vigil_context_get_profile_id (self->context),
                                        vigil_checklist_item_get_id (self->item),
                                        status, reason, until, &error))
    {
      /* Leave the choice visible so the reason can be typed, then applied. */
      if (g_error_matches (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_INVALID_DATE))
        refuse (self, self->until_row, error);
      else
        refuse (self, self->reason_row, error);
    }
}

static void
on_status_selected_cb (VigilChecklistRow *self,
                       GParamSpec        *pspec,
                       AdwComboRow       *row)
{
  VigilItemStatus status = adw_combo_row_get_selected (row);

  if (self->syncing)
    return;

  update_reason_rows (self, status);

  /* A status that needs a reason waits until one is typed and applied. */
  if ((status == VIGIL_ITEM_STATUS_NOT_APPLICABLE || status == VIGIL_ITEM_STATUS_RISK_ACCEPTED) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->reason_row)) == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return;
    }

  save_status (self);
}

static void
on_text_applied_cb (VigilChecklistRow *self,
                    AdwEntryRow       *row)
{
  g_autoptr(GError) error = NULL;
  VigilItemField field;

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  if (row == self->reason_row || row == self->until_row)
    {
      save_status (self);
      return;
    }

  field = row == self->owner_row ? VIGIL_ITEM_FIELD_OWNER
          : row == self->due_row ? VIGIL_ITEM_FIELD_DUE
          : VIGIL_ITEM_FIELD_NOTE;

  if (!vigil_progress_store_set_text (vigil_context_get_progress_store (self->context),
                                      vigil_context_get_profile_id (self->context),
                                      vigil_checklist_item_get_id (self->item), field,
                                      gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    refuse (self, row, error);
}

static AdwEntryRow *
add_entry_row (VigilChecklistRow *self,
               const char        *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_text_applied_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);

  return ADW_ENTRY_ROW (row);
}

/* An organization tracks more than done or not: who, by when, why, and what it decided. */
static void
add_state_editor (VigilChecklistRow *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (VigilItemStatus status = VIGIL_ITEM_STATUS_TODO; status <= VIGIL_ITEM_STATUS_RISK_ACCEPTED;
       status++)
    gtk_string_list_append (model, vigil_report_status_label (status));

  self->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), _("Status"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (model));
  g_signal_connect_object (self->status_row, "notify::selected",
                           G_CALLBACK (on_status_selected_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->status_row));

  self->reason_row = add_entry_row (self, _("Reason"));
  self->until_row = add_entry_row (self, _("Risk accepted until (YYYY-MM-DD)"));
  self->owner_row = add_entry_row (self, _("Owner"));
  self->due_row = add_entry_row (self, _("Due date (YYYY-MM-DD)"));
  self->note_row = add_entry_row (self, _("Note"));
  vigil_evidence_rows_attach (ADW_EXPANDER_ROW (self), self->context,
                              vigil_checklist_item_get_id (self->item));
}

/* The editor is a combo row, five entry rows and the evidence rows for every step of an
 * organization's guideline: made for all of them, they made its page open ~50 % slower
 * (bench-pages), and most are never expanded. */
static void
ensure_state_editor (VigilChecklistRow *self)
{
  if (!self->organization || self->status_row != NULL)
    return;

  add_state_editor (self);
  sync_from_store (self);
}

static void
on_expanded_cb (VigilChecklistRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_state_editor (self);
}

static void
on_check_toggled_cb (VigilChecklistRow *self,
                     GtkCheckButton    *button)
{
  if (self->syncing || self->item == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.set-item-done", "(sb)",
                              vigil_checklist_item_get_id (self->item),
                              gtk_check_button_get_active (button));
}

static void
on_context_item_changed_cb (VigilChecklistRow *self,
                            const char        *item_id,
                            VigilContext      *context)
{
  if (g_strcmp0 (item_id, vigil_checklist_item_get_id (self->item)) == 0)
    sync_from_store (self);
}

static void
vigil_checklist_row_constructed (GObject *object)
{
  VigilChecklistRow *self = (VigilChecklistRow *)object;
  const char * const *platforms;
  const char *details;

  G_OBJECT_CLASS (vigil_checklist_row_parent_class)->constructed (object);

  g_assert (VIGIL_IS_CONTEXT (self->context));
  g_assert (VIGIL_IS_CHECKLIST_ITEM (self->item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 vigil_checklist_item_get_title (self->item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  vigil_checklist_item_get_title (self->item),
                                  -1);

  details = vigil_checklist_item_get_details (self->item);
  gtk_label_set_label (self->details_label, details != NULL ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL);

  platforms = vigil_checklist_item_get_howto_platforms (self->item);
  if (platforms[0] != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), _("Includes step-by-step instructions"));

  add_howtos (self, platforms);

  if (vigil_context_get_profile_kind (self->context) == VIGIL_PROFILE_ORGANIZATION)
    {
      self->organization = TRUE;
      g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
    }

  sync_from_store (self);

  g_signal_connect_object (self->context, "item-changed",
                           G_CALLBACK (on_context_item_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
vigil_checklist_row_dispose (GObject *object)
{
  VigilChecklistRow *self = (VigilChecklistRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_CHECKLIST_ROW);

  g_clear_object (&self->item);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_checklist_row_parent_class)->dispose (object);
}

static void
vigil_checklist_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  VigilChecklistRow *self = VIGIL_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_checklist_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  VigilChecklistRow *self = VIGIL_CHECKLIST_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_checklist_row_class_init (VigilChecklistRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_checklist_row_constructed;
  object_class->dispose = vigil_checklist_row_dispose;
  object_class->get_property = vigil_checklist_row_get_property;
  object_class->set_property = vigil_checklist_row_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         VIGIL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         VIGIL_TYPE_CHECKLIST_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-checklist-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilChecklistRow, check_button);
  gtk_widget_class_bind_template_child (widget_class, VigilChecklistRow, details_box);
  gtk_widget_class_bind_template_child (widget_class, VigilChecklistRow, details_label);
  gtk_widget_class_bind_template_callback (widget_class, on_check_toggled_cb);
}

static void
vigil_checklist_row_init (VigilChecklistRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
vigil_checklist_row_new (VigilContext       *context,
                         VigilChecklistItem *item)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ITEM (item), NULL);

  return g_object_new (VIGIL_TYPE_CHECKLIST_ROW, "context", context, "item", item, NULL);
}

/**
 * vigil_checklist_row_get_item:
 *
 * Returns: (transfer none): the item shown
 */
VigilChecklistItem *
vigil_checklist_row_get_item (VigilChecklistRow *self)
{
  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ROW (self), NULL);
  return self->item;
}

/**
 * vigil_checklist_row_get_check_button:
 *
 * Returns: (transfer none): the check button that marks the item done
 */
GtkCheckButton *
vigil_checklist_row_get_check_button (VigilChecklistRow *self)
{
  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ROW (self), NULL);
  return self->check_button;
}

/**
 * vigil_checklist_row_get_status_row:
 *
 * Returns: (transfer none) (nullable): the status chooser, shown for organization profiles
 *   (made now if the row was never expanded)
 */
AdwComboRow *
vigil_checklist_row_get_status_row (VigilChecklistRow *self)
{
  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ROW (self), NULL);

  ensure_state_editor (self);
  return self->status_row;
}

/**
 * vigil_checklist_row_get_entry_row:
 * @field: 0 reason, 1 until, 2 owner, 3 due, 4 note
 *
 * Returns: (transfer none) (nullable): that entry of the state editor
 */
AdwEntryRow *
vigil_checklist_row_get_entry_row (VigilChecklistRow *self,
                                   guint              field)
{
  AdwEntryRow *rows[5];

  g_return_val_if_fail (VIGIL_IS_CHECKLIST_ROW (self), NULL);
  g_return_val_if_fail (field < G_N_ELEMENTS (rows), NULL);

  ensure_state_editor (self);
  rows[0] = self->reason_row;
  rows[1] = self->until_row;
  rows[2] = self->owner_row;
  rows[3] = self->due_row;
  rows[4] = self->note_row;

  return rows[field];
}
