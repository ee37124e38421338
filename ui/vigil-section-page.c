/* vigil-section-page.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-section-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-link-row.h"
#include "vigil-page-util.h"
#include "vigil-progress-text.h"
#include "vigil-section-page.h"

struct _VigilSectionPage
{
  AdwBin          parent_instance;

  /* Template Widgets */
  GtkListBox     *guideline_list;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkScrolledWindow *scroller;
  GtkLabel       *summary_label;
  GtkLabel       *title_label;
  GtkWidget      *filtered_label;

  /* Owned References */
  VigilContext   *context;
  VigilSection   *section;
  GtkFilterListModel *entries;
};

G_DEFINE_FINAL_TYPE (VigilSectionPage, vigil_section_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Guidelines show their progress; other entries are plain links. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *progress;
  GtkWidget *row;

  if (!VIGIL_IS_GUIDELINE (item))
    return vigil_link_row_new (item, NULL);

  progress = gtk_label_new (NULL);
  gtk_widget_add_css_class (progress, "numeric");
  gtk_widget_add_css_class (progress, "dim-label");
  row = vigil_link_row_new (item, progress);

  g_object_set_data_full (G_OBJECT (row), "guideline", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "progress-label", progress);

  return row;
}

static void
update_progress (VigilSectionPage *self)
{
  g_autofree char *text = NULL;
  guint n_done = 0, n_total = 0;

  if (self->section == NULL)
    return;

  vigil_context_count_section (self->context, self->section, &n_done, &n_total);
  gtk_widget_set_visible (self->progress_box, n_total > 0);
  text = vigil_progress_text_summary (n_done, n_total);
  gtk_label_set_label (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double)n_done / n_total : 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->guideline_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      VigilGuideline *guideline = g_object_get_data (G_OBJECT (row), "guideline");
      GtkLabel *label = g_object_get_data (G_OBJECT (row), "progress-label");
      g_autofree char *count = NULL;
      guint d, t;

      if (guideline == NULL)
        continue;

      vigil_context_count_guideline (self->context, guideline, &d, &t);
      count = vigil_progress_text_short (d, t);
      gtk_label_set_label (label, count);
    }
}

static void
on_context_item_changed_cb (VigilSectionPage *self,
                            const char       *item_id,
                            VigilContext     *context)
{
  update_progress (self);
}

/* Says so when the filters leave nothing, rather than showing an empty list. */
static void
on_entries_changed_cb (VigilSectionPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  gtk_widget_set_visible (GTK_WIDGET (self->guideline_list), n > 0);
  gtk_widget_set_visible (self->filtered_label, n == 0 && self->section != NULL);
  update_progress (self);
}

static void
vigil_section_page_constructed (GObject *object)
{
  VigilSectionPage *self = (VigilSectionPage *)object;

  G_OBJECT_CLASS (vigil_section_page_parent_class)->constructed (object);

  self->entries = gtk_filter_list_model_new (NULL, vigil_page_new_view_filter (self->context));
  gtk_list_box_bind_model (self->guideline_list, G_LIST_MODEL (self->entries),
                           create_row, self, NULL);
  g_signal_connect_object (self->entries, "items-changed", G_CALLBACK (on_entries_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->context, "item-changed",
                           G_CALLBACK (on_context_item_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (update_progress), self, G_CONNECT_SWAPPED);
}

static void
vigil_section_page_dispose (GObject *object)
{
  VigilSectionPage *self = (VigilSectionPage *)object;

  /* AdwBin unparents its child itself; detach it first so it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_SECTION_PAGE);

  g_clear_object (&self->section);
  g_clear_object (&self->entries);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_section_page_parent_class)->dispose (object);
}

static void
vigil_section_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VigilSectionPage *self = VIGIL_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_section_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VigilSectionPage *self = VIGIL_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      vigil_section_page_set_section (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_section_page_class_init (VigilSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_section_page_constructed;
  object_class->dispose = vigil_section_page_dispose;
  object_class->get_property = vigil_section_page_get_property;
  object_class->set_property = vigil_section_page_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         VIGIL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         VIGIL_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-section-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, guideline_list);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, VigilSectionPage, filtered_label);
}

static void
vigil_section_page_init (VigilSectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VigilSectionPage *
vigil_section_page_new (VigilContext *context)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  return g_object_new (VIGIL_TYPE_SECTION_PAGE, "context", context, NULL);
}

/**
 * vigil_section_page_get_section:
 *
 * Returns: (transfer none) (nullable): the section shown
 */
VigilSection *
vigil_section_page_get_section (VigilSectionPage *self)
{
  g_return_val_if_fail (VIGIL_IS_SECTION_PAGE (self), NULL);
  return self->section;
}

void
vigil_section_page_set_section (VigilSectionPage *self,
                                VigilSection     *section)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (VIGIL_IS_SECTION_PAGE (self));
  g_return_if_fail (section == NULL || VIGIL_IS_SECTION (section));

  if (!g_set_object (&self->section, section))
    return;

  gtk_label_set_label (self->title_label, section ? vigil_section_get_title (section) : "");
  gtk_label_set_label (self->summary_label, section ? vigil_section_get_summary (section) : "");
  gtk_filter_list_model_set_model (self->entries,
                                   section ? vigil_section_get_entries (section) : NULL);
  on_entries_changed_cb (self);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, 0);

  update_progress (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECTION]);
}
