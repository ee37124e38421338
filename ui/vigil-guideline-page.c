/* vigil-guideline-page.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-guideline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-body-text.h"
#include "vigil-checklist-row.h"
#include "vigil-custom-steps.h"
#include "vigil-guideline-page.h"
#include "vigil-link-row.h"
#include "vigil-page-util.h"
#include "vigil-progress-text.h"

struct _VigilGuidelinePage
{
  AdwBin          parent_instance;

  /* Template Widgets */
  GtkListBox     *assets_list;
  GtkWidget      *assets_heading;
  VigilBodyText  *body_text;
  GtkListBox     *checklist;
  VigilCustomSteps *custom_steps;
  GtkLabel       *meta_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkBox         *references_box;
  GtkWidget      *references_heading;
  GtkWidget      *related_heading;
  GtkListBox     *related_list;
  GtkLabel       *reviewed_label;
  GtkScrolledWindow *scrolled;
  GtkLabel       *summary_label;
  GtkWidget      *threats_heading;
  GtkListBox     *threats_list;
  GtkLabel       *title_label;
  GtkWidget      *untranslated_label;

  /* Owned References */
  VigilContext   *context;
  VigilGuideline *guideline;
  GtkFilterListModel *items;
  /* A step to scroll to once laid out, and the step marked for a moment */
  char           *reveal_item;
  guint           reveal_tick;
  GtkWidget      *revealed_row;
  guint           revealed_timeout;
};

/* How long a step opened from elsewhere stays marked */
#define REVEALED_MS 2000

G_DEFINE_FINAL_TYPE (VigilGuidelinePage, vigil_guideline_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_GUIDELINE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
format_meta (VigilContext   *context,
             VigilGuideline *guideline)
{
  GString *meta = g_string_new (vigil_level_to_string (vigil_guideline_get_level (guideline)));
  guint effort = vigil_guideline_get_effort (guideline);
  guint recurrence = vigil_guideline_get_recurrence (guideline);

  g_string_append (meta, " · ");
  g_string_append_printf (meta,
                          /* Translators: how long a guideline takes to follow */
                          ngettext ("About %u minute", "About %u minutes", effort),
                          effort);

  if (recurrence > 0)
    {
      g_string_append (meta, " · ");
      g_string_append_printf (meta,
                              /* Translators: how often a guideline's steps should be repeated */
                              ngettext ("Repeat every %u day", "Repeat every %u days", recurrence),
                              recurrence);
    }

  if (!vigil_context_guideline_matters (context, guideline))
    {
      g_string_append (meta, " · ");
      /* Translators: shown on a guideline that the profile's answers (no children, no
       * website, …) rule out */
      g_string_append (meta, _("Does not apply to this profile's answers"));
    }

  return g_string_free (meta, FALSE);
}

static GtkWidget *
create_checklist_row (gpointer item,
                      gpointer user_data)
{
  VigilGuidelinePage *self = user_data;

  return vigil_checklist_row_new (self->context, item);
}

static void
update_progress (VigilGuidelinePage *self)
{
  g_autofree char *text = NULL;
  guint n_done, n_total;

  vigil_context_count_guideline (self->context, self->guideline, &n_done, &n_total);
  text = vigil_progress_text_summary (n_done, n_total);
  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double)n_done / n_total : 0);
}

/* A household ticks boxes, an organization tracks states: rows depend on the profile. */
static void
on_profile_changed_cb (VigilGuidelinePage *self,
                       VigilContext       *context)
{
  g_autofree char *meta = format_meta (self->context, self->guideline);

  gtk_label_set_label (self->meta_label, meta);
  gtk_list_box_bind_model (self->checklist, G_LIST_MODEL (self->items),
                           create_checklist_row, self, NULL);
  update_progress (self);
}

static void
on_context_item_changed_cb (VigilGuidelinePage *self,
                            const char         *item_id,
                            VigilContext       *context)
{
  update_progress (self);
}

static void
vigil_guideline_page_constructed (GObject *object)
{
  VigilGuidelinePage *self = (VigilGuidelinePage *)object;
  g_autofree char *meta = NULL;

  G_OBJECT_CLASS (vigil_guideline_page_parent_class)->constructed (object);

  g_assert (VIGIL_IS_CONTEXT (self->context));
  g_assert (VIGIL_IS_GUIDELINE (self->guideline));

  gtk_label_set_label (self->title_label, vigil_guideline_get_title (self->guideline));
  gtk_label_set_label (self->summary_label, vigil_guideline_get_summary (self->guideline));
  meta = format_meta (self->context, self->guideline);
  gtk_label_set_label (self->meta_label, meta);
  gtk_widget_set_visible (self->untranslated_label,
                          vigil_guideline_get_untranslated (self->guideline));
  vigil_page_set_reviewed (self->reviewed_label, vigil_guideline_get_reviewed (self->guideline));
  vigil_body_text_set_text (self->body_text, vigil_guideline_get_body (self->guideline));
  vigil_page_fill_references (self->references_box, self->references_heading,
                              vigil_guideline_get_references (self->guideline));
  vigil_link_list_bind (self->threats_list, self->threats_heading,
                        vigil_guideline_get_threats (self->guideline));
  vigil_link_list_bind (self->assets_list, self->assets_heading,
                        vigil_guideline_get_assets (self->guideline));

  /* The filters hide items, not progress: the counts above stay the profile's. */
  self->items = gtk_filter_list_model_new (g_object_ref (vigil_guideline_get_items (self->guideline)),
                                           vigil_page_new_view_filter (self->context));
  gtk_list_box_bind_model (self->checklist, G_LIST_MODEL (self->items),
                           create_checklist_row, self, NULL);
  vigil_custom_steps_set_target (self->custom_steps, self->context,
                                 vigil_guideline_get_id (self->guideline));

  vigil_link_list_bind (self->related_list, self->related_heading,
                        vigil_guideline_get_related (self->guideline));

  update_progress (self);

  g_signal_connect_object (self->context, "item-changed",
                           G_CALLBACK (on_context_item_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (on_profile_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
vigil_guideline_page_dispose (GObject *object)
{
  VigilGuidelinePage *self = (VigilGuidelinePage *)object;

  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  g_clear_handle_id (&self->revealed_timeout, g_source_remove);
  g_clear_object (&self->revealed_row);
  g_clear_pointer (&self->reveal_item, g_free);
  /* AdwBin unparents its child itself; detach it first so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_GUIDELINE_PAGE);

  g_clear_object (&self->guideline);
  g_clear_object (&self->items);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_guideline_page_parent_class)->dispose (object);
}

static void
vigil_guideline_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VigilGuidelinePage *self = VIGIL_GUIDELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_GUIDELINE:
      g_value_set_object (value, self->guideline);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_guideline_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VigilGuidelinePage *self = VIGIL_GUIDELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_GUIDELINE:
      self->guideline = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_guideline_page_class_init (VigilGuidelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_guideline_page_constructed;
  object_class->dispose = vigil_guideline_page_dispose;
  object_class->get_property = vigil_guideline_page_get_property;
  object_class->set_property = vigil_guideline_page_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         VIGIL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_GUIDELINE] =
    g_param_spec_object ("guideline", NULL, NULL,
                         VIGIL_TYPE_GUIDELINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-guideline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, assets_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, assets_list);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, body_text);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, checklist);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, custom_steps);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, untranslated_label);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, references_box);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, references_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, related_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, related_list);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, reviewed_label);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, threats_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, threats_list);
  gtk_widget_class_bind_template_child (widget_class, VigilGuidelinePage, title_label);

  g_type_ensure (VIGIL_TYPE_BODY_TEXT);
  g_type_ensure (VIGIL_TYPE_CHECKLIST_ROW);
  g_type_ensure (VIGIL_TYPE_CUSTOM_STEPS);
}

static void
vigil_guideline_page_init (VigilGuidelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VigilGuidelinePage *
vigil_guideline_page_new (VigilContext   *context,
                          VigilGuideline *guideline)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (guideline), NULL);

  return g_object_new (VIGIL_TYPE_GUIDELINE_PAGE,
                       "context", context,
                       "guideline", guideline,
                       NULL);
}

/**
 * vigil_guideline_page_get_guideline:
 *
 * Returns: (transfer none): the guideline shown
 */
/**
 * vigil_guideline_page_get_custom_steps:
 *
 * Returns: (transfer none): the list of the profile's own steps
 */
VigilCustomSteps *
vigil_guideline_page_get_custom_steps (VigilGuidelinePage *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE_PAGE (self), NULL);
  return self->custom_steps;
}

VigilGuideline *
vigil_guideline_page_get_guideline (VigilGuidelinePage *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE_PAGE (self), NULL);
  return self->guideline;
}

/**
 * vigil_guideline_page_find_item_row:
 *
 * Returns: (transfer none) (nullable): the #VigilChecklistRow of @item_id
 */
GtkWidget *
vigil_guideline_page_find_item_row (VigilGuidelinePage *self,
                                    const char         *item_id)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE_PAGE (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->checklist));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (VIGIL_IS_CHECKLIST_ROW (row) &&
          g_str_equal (vigil_checklist_item_get_id (
                         vigil_checklist_row_get_item (VIGIL_CHECKLIST_ROW (row))), item_id))
        return row;
    }

  return NULL;
}

static gboolean
on_revealed_timeout_cb (gpointer data)
{
  VigilGuidelinePage *self = data;

  gtk_widget_remove_css_class (self->revealed_row, "revealed");
  g_clear_object (&self->revealed_row);
  self->revealed_timeout = 0;

  return G_SOURCE_REMOVE;
}

/* Runs every frame until the step's row has been laid out; then scrolls it into view, a
 * third of the way down, with what leads to it above, and marks it. */
static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  VigilGuidelinePage *self = VIGIL_GUIDELINE_PAGE (widget);
  GtkWidget *row = vigil_guideline_page_find_item_row (self, self->reveal_item);
  GtkViewport *viewport = GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scrolled));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  graphene_point_t point;
  double page_size, value;

  if (row != NULL && gtk_widget_get_height (row) == 0)
    return G_SOURCE_CONTINUE;

  self->reveal_tick = 0;
  /* Filtered out (essentials only, say): the page opens at the top, as for a guideline. */
  if (row == NULL || !gtk_widget_compute_point (row, gtk_viewport_get_child (viewport),
                                                &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_REMOVE;

  page_size = gtk_adjustment_get_page_size (adjustment);
  value = point.y - (page_size - gtk_widget_get_height (row)) / 3;
  gtk_adjustment_set_value (adjustment,
                            CLAMP (value, gtk_adjustment_get_lower (adjustment),
                                   gtk_adjustment_get_upper (adjustment) - page_size));

  if (self->revealed_row != NULL)
    gtk_widget_remove_css_class (self->revealed_row, "revealed");
  g_set_object (&self->revealed_row, row);
  gtk_widget_add_css_class (row, "revealed");
  g_clear_handle_id (&self->revealed_timeout, g_source_remove);
  self->revealed_timeout = g_timeout_add (REVEALED_MS, on_revealed_timeout_cb, self);

  return G_SOURCE_REMOVE;
}

/**
 * vigil_guideline_page_reveal_item:
 * @item_id: a checklist item of the page's guideline
 *
 * Scrolls to @item_id's row once the page is laid out and marks it for a moment, as when a
 * step is opened from Home or from search. The focus stays where it is. An item the page
 * does not show is ignored.
 */
void
vigil_guideline_page_reveal_item (VigilGuidelinePage *self,
                                  const char         *item_id)
{
  g_return_if_fail (VIGIL_IS_GUIDELINE_PAGE (self));
  g_return_if_fail (item_id != NULL);

  g_free (self->reveal_item);
  self->reveal_item = g_strdup (item_id);
  if (self->reveal_tick == 0)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL,
                                                      NULL);
}

/**
 * vigil_guideline_page_get_revealed_row:
 *
 * Returns: (transfer none) (nullable): the row marked by
 *   vigil_guideline_page_reveal_item(), while it is
 */
GtkWidget *
vigil_guideline_page_get_revealed_row (VigilGuidelinePage *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE_PAGE (self), NULL);
  return self->revealed_row;
}
