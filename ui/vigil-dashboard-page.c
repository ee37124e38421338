/* vigil-dashboard-page.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-action-row.h"
#include "vigil-dashboard-page.h"
#include "vigil-progress-text.h"

#define N_NEXT_STEPS 5
#define N_ACTIVITY 5

struct _VigilDashboardPage
{
  AdwBin          parent_instance;

  /* Template Widgets */
  GtkWidget      *activity_empty;
  GtkListBox     *activity_list;
  GtkDrawingArea *chart;
  GtkWidget      *chart_heading;
  GtkListBox     *next_list;
  GtkLabel       *profile_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkWidget      *review_heading;
  GtkListBox     *review_list;
  /* Borrowed, made when every step is done (see show_caught_up) */
  GtkWidget      *caught_up;

  /* Owned References */
  VigilContext   *context;
  GArray         *points;   /* VigilHistoryPoint */
  GtkLabel       *chart_caption;
  guint           n_next_steps;
};

G_DEFINE_FINAL_TYPE (VigilDashboardPage, vigil_dashboard_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A row for a checklist item, opening its guideline. */
static GtkWidget *
create_item_row (VigilChecklistItem *item,
                 const char         *subtitle)
{
  VigilGuideline *guideline = vigil_checklist_item_get_guideline (item);
  GtkWidget *row = vigil_action_row_new (vigil_checklist_item_get_title (item),
                                         subtitle != NULL ? subtitle
                                                          : vigil_guideline_get_title (guideline),
                                         0, NULL);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", vigil_checklist_item_get_id (item));

  return row;
}

static char *
describe_event (const VigilHistoryEvent *event)
{
  if (g_strcmp0 (event->field, "undo") == 0)
    return g_strdup (_("Change undone"));
  if (g_strcmp0 (event->status, "done") == 0)
    return g_strdup (_("Marked done"));
  if (g_strcmp0 (event->status, "todo") == 0)
    return g_strdup (_("Marked to do"));
  if (g_strcmp0 (event->status, "in-progress") == 0)
    return g_strdup (_("Marked in progress"));
  if (g_strcmp0 (event->status, "not-applicable") == 0)
    return g_strdup (_("Marked not applicable"));
  if (g_strcmp0 (event->status, "risk-accepted") == 0)
    return g_strdup (_("Risk accepted"));
  if (g_strcmp0 (event->field, "evidence") == 0)
    return g_strdup (_("Evidence changed"));
  return g_strdup (_("Details changed"));
}

static void
fill_activity (VigilDashboardPage *self)
{
  VigilCatalog *catalog = vigil_context_get_catalog (self->context);
  g_autoptr(GPtrArray) events = NULL;
  guint shown = 0;

  clear_list (self->activity_list);
  events = vigil_history_list_recent (vigil_context_get_database (self->context),
                                      vigil_context_get_profile_id (self->context),
                                      N_ACTIVITY, NULL);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      VigilHistoryEvent *event = g_ptr_array_index (events, i);
      VigilChecklistItem *item = vigil_catalog_lookup_item (catalog, event->item_id);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (event->at / G_USEC_PER_SEC);
      g_autofree char *date = g_date_time_format (when, "%x %X");
      g_autofree char *what = describe_event (event);
      /* Translators: what changed, then when, e.g. "Marked done · 23/11/2026 20:15:00" */
      g_autofree char *subtitle = g_strdup_printf (C_("activity", "%s · %s"), what, date);

      if (item == NULL)
        continue;

      gtk_list_box_append (self->activity_list, create_item_row (item, subtitle));
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->activity_list), shown > 0);
  gtk_widget_set_visible (self->activity_empty, shown == 0);
}

/* Done items over time, as a step line from the day before the first change to today:
 * the x axis is real time, so a burst of work and a quiet month look like what they were. */
static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  VigilDashboardPage *self = user_data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  gint64 today = g_get_real_time () / G_TIME_SPAN_DAY * G_TIME_SPAN_DAY;
  gint64 start, span;
  GdkRGBA color, accent;
  guint top = 1;
  double x, y;

  if (self->points == NULL || self->points->len == 0)
    return;

  gtk_style_context_get_color (style, &color);
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = color;

  for (guint i = 0; i < self->points->len; i++)
    top = MAX (top, g_array_index (self->points, VigilHistoryPoint, i).done);
  /* Headroom above the highest point, so the line never runs along the top edge. */
  top = top + (top + 3) / 4;

  start = g_array_index (self->points, VigilHistoryPoint, 0).day - G_TIME_SPAN_DAY;
  span = MAX (today + G_TIME_SPAN_DAY - start, G_TIME_SPAN_DAY);
#define X(t) (2 + (double) (width - 4) * (double) ((t) - start) / (double) span)
#define Y(n) (height - 2 - (double) (height - 4) * (double) (n) / (double) top)

  /* The baseline: nothing done. */
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.2);
  cairo_move_to (cr, X (start), Y (0) + 0.5);
  cairo_line_to (cr, width - 2, Y (0) + 0.5);
  cairo_stroke (cr);

  cairo_move_to (cr, X (start), Y (0));
  y = Y (0);
  for (guint i = 0; i < self->points->len; i++)
    {
      const VigilHistoryPoint *point = &g_array_index (self->points, VigilHistoryPoint, i);

      x = X (point->day);
      cairo_line_to (cr, x, y);
      y = Y (point->done);
      cairo_line_to (cr, x, y);
    }
  cairo_line_to (cr, width - 2, y);

  cairo_set_line_width (cr, 2);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_stroke_preserve (cr);
  cairo_line_to (cr, width - 2, Y (0));
  cairo_line_to (cr, X (start), Y (0));
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.15);
  cairo_fill (cr);
#undef X
#undef Y
}

/* What the chart shows, in words: under it, and as its accessible description. */
static void
describe_chart (VigilDashboardPage *self)
{
  g_autoptr(GDateTime) first = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  guint done;

  if (self->points == NULL || self->points->len == 0)
    return;

  done = g_array_index (self->points, VigilHistoryPoint, self->points->len - 1).done;
  first = g_date_time_new_from_unix_utc (g_array_index (self->points, VigilHistoryPoint, 0).day
                                         / G_USEC_PER_SEC);
  date = g_date_time_format (first, "%x");
  text = g_strdup_printf (/* Translators: under the progress chart; %u is a number of steps,
                           * %s the date of the first change */
                          ngettext ("%u step done since %s", "%u steps done since %s", done),
                          done, date);
  gtk_label_set_label (self->chart_caption, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* Made when first needed: a status page hidden under the steps cost ~0.6 % of a bare
 * window's startup, and only someone who has done everything sees it. */
static void
show_caught_up (VigilDashboardPage *self)
{
  if (self->caught_up == NULL)
    {
      self->caught_up = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->caught_up), "object-select-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->caught_up), _("All Caught Up"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->caught_up),
                                       _("Every step for you is done, not applicable, or an "
                                         "accepted risk. Vigil lists here anything that needs a "
                                         "new check."));
      gtk_widget_add_css_class (self->caught_up, "compact");
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->next_list))),
                                  self->caught_up, GTK_WIDGET (self->next_list));
    }
  gtk_widget_set_visible (self->caught_up, TRUE);
}

static void
refresh (VigilDashboardPage *self)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) review = NULL;
  g_autofree char *summary = NULL;
  VigilProgress progress;
  int audience = vigil_context_get_profile_kind (self->context) == VIGIL_PROFILE_ORGANIZATION
                 ? VIGIL_AUDIENCE_ORGANIZATION : VIGIL_AUDIENCE_CONSUMER;

  vigil_context_count_progress (self->context, NULL, audience, &progress);
  summary = vigil_progress_text_summary (progress.done, progress.applicable);
  gtk_label_set_label (self->progress_label, summary);
  gtk_progress_bar_set_fraction (self->progress_bar, vigil_progress_fraction (&progress));
  gtk_label_set_label (self->profile_label,
                       audience == VIGIL_AUDIENCE_ORGANIZATION
                       ? _("Your organization's progress on the guidelines for organizations.")
                       : _("Your progress on the guidelines for home users."));

  clear_list (self->next_list);
  steps = vigil_context_list_next_steps (self->context, N_NEXT_STEPS);
  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->next_list, create_item_row (steps->pdata[i], NULL));
  self->n_next_steps = steps->len;
  gtk_widget_set_visible (GTK_WIDGET (self->next_list), steps->len > 0);
  if (steps->len == 0)
    show_caught_up (self);
  else if (self->caught_up != NULL)
    gtk_widget_set_visible (self->caught_up, FALSE);

  clear_list (self->review_list);
  review = vigil_context_list_needs_review (self->context);
  for (guint i = 0; i < review->len; i++)
    gtk_list_box_append (self->review_list,
                         create_item_row (review->pdata[i], _("Done a while ago: check it is still in place")));
  gtk_widget_set_visible (GTK_WIDGET (self->review_list), review->len > 0);
  gtk_widget_set_visible (self->review_heading, review->len > 0);

  g_clear_pointer (&self->points, g_array_unref);
  self->points = vigil_history_done_by_day (vigil_context_get_database (self->context),
                                            vigil_context_get_profile_id (self->context), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), self->points != NULL && self->points->len > 0);
  gtk_widget_set_visible (self->chart_heading, self->points != NULL && self->points->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_caption),
                          self->points != NULL && self->points->len > 0);
  describe_chart (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));

  fill_activity (self);
}

static void
on_context_item_changed_cb (VigilDashboardPage *self,
                            const char         *item_id,
                            VigilContext       *context)
{
  refresh (self);
}

static void
vigil_dashboard_page_constructed (GObject *object)
{
  VigilDashboardPage *self = (VigilDashboardPage *)object;

  G_OBJECT_CLASS (vigil_dashboard_page_parent_class)->constructed (object);

  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  refresh (self);

  g_signal_connect_object (self->context, "item-changed",
                           G_CALLBACK (on_context_item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
}

static void
vigil_dashboard_page_dispose (GObject *object)
{
  VigilDashboardPage *self = (VigilDashboardPage *)object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_DASHBOARD_PAGE);
  self->caught_up = NULL;

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_dashboard_page_parent_class)->dispose (object);
}

static void
vigil_dashboard_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VigilDashboardPage *self = VIGIL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_dashboard_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VigilDashboardPage *self = VIGIL_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_dashboard_page_class_init (VigilDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = vigil_dashboard_page_constructed;
  object_class->dispose = vigil_dashboard_page_dispose;
  object_class->get_property = vigil_dashboard_page_get_property;
  object_class->set_property = vigil_dashboard_page_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         VIGIL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, activity_empty);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, activity_list);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, chart);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, chart_caption);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, chart_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, next_list);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, profile_label);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, review_heading);
  gtk_widget_class_bind_template_child (widget_class, VigilDashboardPage, review_list);
}

static void
vigil_dashboard_page_init (VigilDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

VigilDashboardPage *
vigil_dashboard_page_new (VigilContext *context)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  return g_object_new (VIGIL_TYPE_DASHBOARD_PAGE, "context", context, NULL);
}

/**
 * vigil_dashboard_page_get_n_next_steps:
 *
 * Returns: how many next steps the page lists
 */
guint
vigil_dashboard_page_get_n_next_steps (VigilDashboardPage *self)
{
  g_return_val_if_fail (VIGIL_IS_DASHBOARD_PAGE (self), 0);
  return self->n_next_steps;
}
