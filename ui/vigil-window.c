/* vigil-window.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-window"

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-dashboard-page.h"
#include "vigil-entry-page.h"
#include "vigil-guideline-page.h"
#include "vigil-progress-text.h"
#include "vigil-section-page.h"
#include "vigil-window-private.h"


G_DEFINE_FINAL_TYPE (VigilWindow, vigil_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
create_sidebar_row (VigilWindow  *self,
                    VigilSection *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* A grid rather than a box: a horizontal box asked for its height searches for the width
   * of a wrapping title by measuring it again and again (GtkBoxLayout's
   * distribute_remaining_size), which made these few rows a large part of the first frame's
   * cost. A grid lays the same three cells out from one measurement each. */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (section != NULL ? vigil_section_get_icon_name (section)
                                                                  : "go-home-symbolic");
  GtkWidget *title = gtk_label_new (section != NULL ? vigil_section_get_title (section) : _("Home"));
  GtkWidget *progress = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  /* GTK measures a wrapping label's minimum width by laying it out with a break at every
   * opportunity: for word-char wrapping one character a line, which pango shapes anew for
   * every line. A few characters of minimum width, far less than the sidebar ever gives a
   * title even with the largest text size, make that a handful of lines. */
  gtk_label_set_width_chars (GTK_LABEL (title), 8);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "numeric");

  gtk_grid_set_column_spacing (GTK_GRID (box), 12);
  /* One homogeneous row takes the whole height, as a box's cells do. */
  gtk_grid_set_row_homogeneous (GTK_GRID (box), TRUE);
  gtk_grid_attach (GTK_GRID (box), icon, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), title, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), progress, 2, 0, 1, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A plain list row has no name of its own for screen readers: give it its title's. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);

  if (section != NULL)
    g_object_set_data_full (G_OBJECT (row), "section", g_object_ref (section), g_object_unref);
  else
    g_object_set_data (G_OBJECT (row), "home", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (row), "progress-label", progress);

  return row;
}

void
vigil_window_update_sidebar_progress (VigilWindow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      VigilSection *section = g_object_get_data (G_OBJECT (row), "section");
      GtkLabel *label = g_object_get_data (G_OBJECT (row), "progress-label");
      g_autofree char *text = NULL;
      g_autofree char *description = NULL;
      guint n_done, n_total;

      if (section == NULL)
        continue;

      vigil_context_count_section (self->context, section, &n_done, &n_total);
      gtk_widget_set_visible (GTK_WIDGET (label), n_total > 0);
      if (n_total == 0)
        continue;

      text = vigil_progress_text_short (n_done, n_total);
      gtk_label_set_label (label, text);

      description = vigil_progress_text_summary (n_done, n_total);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
}

static GtkListBoxRow *
find_sidebar_row (VigilWindow  *self,
                  VigilSection *section)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "section") == section)
      return GTK_LIST_BOX_ROW (row);

  return NULL;
}

/* The dashboard's id in win.show: not a catalog id, which always has a section prefix. */
#define HOME_ID "home"

static gboolean show_id (VigilWindow *self,
                         const char  *id,
                         gboolean     remember);

static GObject *
detail_object (VigilWindow *self)
{
  if (VIGIL_IS_GUIDELINE_PAGE (self->detail_page))
    return G_OBJECT (vigil_guideline_page_get_guideline (VIGIL_GUIDELINE_PAGE (self->detail_page)));
  if (VIGIL_IS_ENTRY_PAGE (self->detail_page))
    return G_OBJECT (vigil_entry_page_get_entry (VIGIL_ENTRY_PAGE (self->detail_page)));
  return NULL;
}

static gboolean
on_detail (VigilWindow *self)
{
  return self->detail_page != NULL &&
         gtk_stack_get_visible_child (self->content_stack) == self->detail_page;
}

/* The id of the page shown now, to come back to. */
static const char *
current_id (VigilWindow *self)
{
  GObject *object = on_detail (self) ? detail_object (self) : NULL;
  VigilSection *section;

  if (gtk_stack_get_visible_child (self->content_stack) == self->dashboard)
    return HOME_ID;

  if (VIGIL_IS_GUIDELINE (object))
    return vigil_guideline_get_id (VIGIL_GUIDELINE (object));
  if (VIGIL_IS_ENTRY (object))
    return vigil_entry_get_id (VIGIL_ENTRY (object));

  section = self->section_page != NULL ? vigil_section_page_get_section (self->section_page) : NULL;

  return section != NULL ? vigil_section_get_id (section) : NULL;
}

static void
update_navigation (VigilWindow *self)
{
  gboolean can_go_back = self->history->len > 0 || adw_leaflet_get_folded (self->leaflet);
  GObject *object = on_detail (self) ? detail_object (self) : NULL;
  VigilSection *section = self->section_page != NULL
                          ? vigil_section_page_get_section (self->section_page) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", self->forward->len > 0);
  gtk_widget_set_visible (self->back_button, can_go_back);
  vigil_window_present_update (self);
  /* Filters narrow lists of guidelines and checklists: the pages that have them. */
  gtk_widget_set_visible (self->filter_button,
                          VIGIL_IS_GUIDELINE (object) ||
                          (object == NULL && section != NULL &&
                           gtk_stack_get_visible_child (self->content_stack) != self->dashboard &&
                           g_list_model_get_n_items (vigil_section_get_guidelines (section)) > 0));

  if (VIGIL_IS_GUIDELINE (object))
    {
      adw_window_title_set_title (self->content_title,
                                  vigil_guideline_get_title (VIGIL_GUIDELINE (object)));
      adw_window_title_set_subtitle (self->content_title,
                                     section != NULL ? vigil_section_get_title (section) : NULL);
    }
  else if (VIGIL_IS_ENTRY (object))
    {
      adw_window_title_set_title (self->content_title,
                                  vigil_entry_get_title (VIGIL_ENTRY (object)));
      adw_window_title_set_subtitle (self->content_title,
                                     section != NULL ? vigil_section_get_title (section) : NULL);
    }
  else if (gtk_stack_get_visible_child (self->content_stack) == self->dashboard)
    {
      adw_window_title_set_title (self->content_title, _("Home"));
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
  else
    {
      adw_window_title_set_title (self->content_title,
                                  section != NULL ? vigil_section_get_title (section) : "");
      adw_window_title_set_subtitle (self->content_title, NULL);
    }
}

/* The section page is made when a section is first shown: Vigil opens on Home, and a page
 * built, styled and measured (as every stack child is) for nothing held back the first frame
 * by ~1 % of a bare window's startup. */
static VigilSectionPage *
ensure_section_page (VigilWindow *self)
{
  if (self->section_page == NULL)
    {
      self->section_page = vigil_section_page_new (self->context);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->section_page), "section");
    }

  return self->section_page;
}

static void
select_section (VigilWindow  *self,
                VigilSection *section)
{
  GtkListBoxRow *row = find_sidebar_row (self, section);

  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);

  vigil_section_page_set_section (ensure_section_page (self), section);
}

static void
on_toast_dismissed_cb (VigilWindow *self,
                       AdwToast    *toast)
{
  if (self->toast == toast)
    self->toast = NULL;
}

/* One toast at a time, so that the Undo on screen is for the newest change. A toast still
 * up takes the new message rather than being dismissed: libadwaita 1.2 can crash when a
 * toast is dismissed during its animation, which quick changes (or Ctrl+Z right after one)
 * would do. */
void
vigil_window_show_toast (VigilWindow *self,
                         const char  *title,
                         gboolean     with_undo)
{
  if (self->toast == NULL)
    {
      self->toast = adw_toast_new (title);
      g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
      adw_toast_overlay_add_toast (self->toast_overlay, self->toast);
    }

  adw_toast_set_title (self->toast, title);
  adw_toast_set_button_label (self->toast, with_undo ? _("_Undo") : NULL);
  adw_toast_set_action_name (self->toast, with_undo ? "win.undo" : NULL);
}

static void
on_context_item_changed_cb (VigilWindow  *self,
                            const char   *item_id,
                            VigilContext *context)
{
  vigil_window_update_sidebar_progress (self);

  if (!self->undoing)
    {
      /* Undo now means this change, not an earlier deletion. */
      self->deleted_profile = 0;
      vigil_window_show_toast (self, _("Change saved"), TRUE);
    }
}

/* Pages report what went wrong through this, since the toasts are the window's. */
static void
show_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  vigil_window_show_toast (VIGIL_WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *item_id = NULL;

  if (vigil_window_undo_profile_deletion (self))
    return;

  self->undoing = TRUE;
  item_id = vigil_progress_store_undo (vigil_context_get_progress_store (self->context),
                                       vigil_context_get_profile_id (self->context), &error);
  self->undoing = FALSE;

  if (item_id != NULL)
    vigil_window_show_toast (self, _("Change undone"), FALSE);
  else if (g_error_matches (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_NOTHING_TO_UNDO))
    vigil_window_show_toast (self, _("Nothing to undo"), FALSE);
  else
    vigil_window_show_toast (self, _("The change could not be undone"), FALSE);
}

static void
on_sidebar_row_activated_cb (VigilWindow   *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  VigilSection *section = g_object_get_data (G_OBJECT (row), "section");

  /* The sidebar starts a new trail: going back never crosses into another section. */
  g_ptr_array_set_size (self->history, 0);
  g_ptr_array_set_size (self->forward, 0);
  if (section != NULL)
    show_id (self, vigil_section_get_id (section), FALSE);
  else if (g_object_get_data (G_OBJECT (row), "home") != NULL)
    show_id (self, HOME_ID, FALSE);
}

static void
on_leaflet_folded_cb (VigilWindow *self,
                      GParamSpec  *pspec,
                      AdwLeaflet  *leaflet)
{
  /* A selected row in a folded sidebar looks like a pressed button; keep selection only
   * while the sidebar and content are side by side. */
  gtk_list_box_set_selection_mode (self->sidebar_list,
                                   adw_leaflet_get_folded (leaflet) ? GTK_SELECTION_NONE
                                                                     : GTK_SELECTION_SINGLE);
  if (!adw_leaflet_get_folded (leaflet) && self->dashboard != NULL)
    {
      if (gtk_stack_get_visible_child (self->content_stack) == self->dashboard)
        gtk_list_box_select_row (self->sidebar_list,
                                 gtk_list_box_get_row_at_index (self->sidebar_list, 0));
      else if (self->section_page != NULL
               && vigil_section_page_get_section (self->section_page) != NULL)
        select_section (self, vigil_section_page_get_section (self->section_page));
    }

  update_navigation (self);
}

static void
on_visible_page_changed_cb (VigilWindow *self,
                            GParamSpec  *pspec,
                            GtkStack    *stack)
{
  update_navigation (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);

  if (self->history->len > 0)
    {
      g_autofree char *id = g_ptr_array_steal_index (self->history, self->history->len - 1);
      const char *current = current_id (self);

      if (current != NULL)
        g_ptr_array_add (self->forward, g_strdup (current));
      show_id (self, id, FALSE);
    }
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) ahead = NULL;

  if (self->forward->len == 0)
    return;

  id = g_ptr_array_steal_index (self->forward, self->forward->len - 1);
  /* Going forward is navigating again, which would clear what lies ahead: keep it. */
  ahead = g_steal_pointer (&self->forward);
  self->forward = g_ptr_array_new_with_free_func (g_free);
  show_id (self, id, TRUE);
  g_ptr_array_unref (self->forward);
  self->forward = g_steal_pointer (&ahead);
  update_navigation (self);
}

/* The mouse's back and forward buttons (8 and 9) move through the history too. */
static void
on_navigation_button_pressed_cb (GtkGestureClick *gesture,
                                 int              n_press,
                                 double           x,
                                 double           y,
                                 VigilWindow     *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.forward", NULL);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vigil_window_show (VIGIL_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
set_item_done_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *item_id;
  gboolean done;

  g_variant_get (parameter, "(&sb)", &item_id, &done);

  if (!vigil_context_set_item_done (self->context, item_id, done, &error))
    {
      AdwToast *toast;

      g_debug ("Could not save progress: %s", error->message);
      /* Translators: shown when ticking a checklist item could not be saved */
      toast = adw_toast_new (_("Your change could not be saved. Nothing else was lost."));
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);

      /* Put the check box back to what is really stored, without announcing a change. */
      self->undoing = TRUE;
      g_signal_emit_by_name (self->context, "item-changed", item_id);
      self->undoing = FALSE;
    }
}

void
vigil_window_notify_profile (VigilWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROFILE]);
}

static void
restore_window_state (VigilWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
vigil_window_close_request (GtkWindow *window)
{
  VigilWindow *self = VIGIL_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", MAX (width, 360));
  g_settings_set_int (self->settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  vigil_profile_store_purge (vigil_context_get_profile_store (self->context), G_MAXINT64, NULL);

  return GTK_WINDOW_CLASS (vigil_window_parent_class)->close_request (window);
}

static void
vigil_window_constructed (GObject *object)
{
  VigilWindow *self = (VigilWindow *)object;
  GListModel *sections;
  guint n;

  G_OBJECT_CLASS (vigil_window_parent_class)->constructed (object);

  g_assert (VIGIL_IS_CONTEXT (self->context));

  restore_window_state (self);

  g_signal_connect_object (self->context, "item-changed",
                           G_CALLBACK (on_context_item_changed_cb), self,
                           G_CONNECT_SWAPPED);
  vigil_window_profiles_constructed (self);
  vigil_window_present_constructed (self);

  self->dashboard = GTK_WIDGET (vigil_dashboard_page_new (self->context));
  gtk_stack_add_named (self->content_stack, self->dashboard, HOME_ID);
  gtk_list_box_append (self->sidebar_list, create_sidebar_row (self, NULL));

  sections = vigil_catalog_get_sections (vigil_context_get_catalog (self->context));
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VigilSection) section = g_list_model_get_item (sections, i);
      gtk_list_box_append (self->sidebar_list, create_sidebar_row (self, section));
    }
  vigil_window_update_sidebar_progress (self);

  show_id (self, HOME_ID, FALSE);
}

static void
vigil_window_dispose (GObject *object)
{
  VigilWindow *self = (VigilWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_WINDOW);

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  self->toast = NULL;
  self->dashboard = NULL;
  self->section_page = NULL;
  self->search_bar = NULL;
  self->search_entry = NULL;
  self->search_results = NULL;
  self->detail_page = NULL;
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->forward, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->lessons_menu);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (vigil_window_parent_class)->dispose (object);
}

static void
vigil_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VigilWindow *self = VIGIL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_take_string (value, self->context != NULL ? vigil_window_dup_profile (self) : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VigilWindow *self = VIGIL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      vigil_window_set_profile (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_window_class_init (VigilWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = vigil_window_constructed;
  object_class->dispose = vigil_window_dispose;
  object_class->get_property = vigil_window_get_property;
  object_class->set_property = vigil_window_set_property;
  window_class->close_request = vigil_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         VIGIL_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The current profile's id, as a string, so that win.profile can be a radio action. */
  properties [PROP_PROFILE] =
    g_param_spec_string ("profile", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, content);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, filter_menu);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, profile_button);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-message", "s", show_message_action);
  vigil_window_profiles_class_init (widget_class);
  vigil_window_search_class_init (widget_class);
  vigil_window_export_class_init (widget_class);
  vigil_window_import_class_init (widget_class);
  vigil_window_present_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "win.set-item-done", "(sb)",
                                   set_item_done_action);

  g_type_ensure (VIGIL_TYPE_ENTRY_PAGE);
  g_type_ensure (VIGIL_TYPE_GUIDELINE_PAGE);
  g_type_ensure (VIGIL_TYPE_SECTION_PAGE);
}

/* The keyboard shortcuts window is built when first shown, not with every main window. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps this action, finding it in the window's action map, and makes the overlay a
       * modal child of the window that hides on close, as GtkApplication would have. */
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

/* A menu button given its model builds the whole popover menu at once; these menus are
 * built when first opened instead, so that the first frame does not wait for them. */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       menu)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
vigil_window_init (VigilWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->filter_button),
                                         create_menu_popup_cb,
                                         g_object_ref (self->filter_menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button,
                                         create_menu_popup_cb,
                                         g_object_ref (self->primary_menu), g_object_unref);

  self->settings = g_settings_new (BASE_APP_ID);
  {
    /* The filter menu's items toggle settings, so every page and the next start agree. */
    g_autoptr(GSimpleActionGroup) view = g_simple_action_group_new ();
    const char *keys[] = { "essentials-only", "hide-not-applicable", "show-advanced",
                           "platform-filter" };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        g_autoptr(GAction) action = g_settings_create_action (self->settings, keys[i]);
        g_action_map_add_action (G_ACTION_MAP (view), action);
      }
    gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (view));
  }
  {
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect_object (help, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }
  self->history = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);

  {
    GtkGesture *buttons = gtk_gesture_click_new ();

    /* 0: every button; the callback keeps only back and forward. */
    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (buttons), 0);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (buttons), GTK_PHASE_CAPTURE);
    g_signal_connect (buttons, "pressed", G_CALLBACK (on_navigation_button_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (buttons));
  }

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * vigil_window_new:
 * @application: (nullable): the application
 * @context: the loaded catalog and the user's data
 *
 * Returns: (transfer full): a new window
 */
VigilWindow *
vigil_window_new (GtkApplication *application,
                  VigilContext   *context)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  return g_object_new (VIGIL_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * vigil_window_get_context:
 *
 * Returns: (transfer none): the window's context
 */
VigilContext *
vigil_window_get_context (VigilWindow *self)
{
  g_return_val_if_fail (VIGIL_IS_WINDOW (self), NULL);
  return self->context;
}

static void
show_detail (VigilWindow *self,
             GtkWidget   *page)
{
  GtkWidget *old_page = self->detail_page;

  self->detail_page = page;
  gtk_stack_add_child (self->content_stack, page);
  gtk_stack_set_visible_child (self->content_stack, page);
  if (old_page != NULL)
    gtk_stack_remove (self->content_stack, old_page);
}

static gboolean
show_id (VigilWindow *self,
         const char  *id,
         gboolean     remember)
{
  VigilCatalog *catalog = vigil_context_get_catalog (self->context);
  g_autofree char *previous = g_strdup (current_id (self));
  GObject *object = vigil_catalog_lookup (catalog, id);
  VigilSection *section = NULL;
  const char *item_id = NULL;

  if (g_str_equal (id, HOME_ID))
    {
      GtkListBoxRow *home = gtk_list_box_get_row_at_index (self->sidebar_list, 0);

      if (remember && previous != NULL && !g_str_equal (previous, HOME_ID))
        {
          g_ptr_array_add (self->history, g_steal_pointer (&previous));
          g_ptr_array_set_size (self->forward, 0);
        }
      if (gtk_list_box_get_selection_mode (self->sidebar_list) != GTK_SELECTION_NONE)
        gtk_list_box_select_row (self->sidebar_list, home);
      gtk_stack_set_visible_child (self->content_stack, self->dashboard);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      update_navigation (self);
      return TRUE;
    }

  if (VIGIL_IS_CHECKLIST_ITEM (object))
    {
      item_id = id;
      object = G_OBJECT (vigil_checklist_item_get_guideline (VIGIL_CHECKLIST_ITEM (object)));
    }

  if (VIGIL_IS_SECTION (object))
    section = VIGIL_SECTION (object);
  else if (VIGIL_IS_GUIDELINE (object))
    section = vigil_guideline_get_section (VIGIL_GUIDELINE (object));
  else if (VIGIL_IS_ENTRY (object))
    section = vigil_entry_get_section (VIGIL_ENTRY (object));

  if (section == NULL)
    return FALSE;

  if (remember && previous != NULL && g_strcmp0 (previous, id) != 0)
    {
      g_ptr_array_add (self->history, g_steal_pointer (&previous));
      g_ptr_array_set_size (self->forward, 0);
    }

  select_section (self, section);

  if (VIGIL_IS_GUIDELINE (object))
    {
      VigilGuidelinePage *page = vigil_guideline_page_new (self->context, VIGIL_GUIDELINE (object));

      /* A step opens its guideline scrolled to it. */
      if (item_id != NULL)
        vigil_guideline_page_reveal_item (page, item_id);
      show_detail (self, GTK_WIDGET (page));
    }
  else if (VIGIL_IS_ENTRY (object))
    show_detail (self, GTK_WIDGET (vigil_entry_page_new (VIGIL_ENTRY (object))));
  else
    gtk_stack_set_visible_child (self->content_stack, GTK_WIDGET (self->section_page));

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  update_navigation (self);

  return TRUE;
}

/**
 * vigil_window_show:
 * @id: the id of a section, guideline, checklist item or entry
 *
 * Shows the page for @id, remembering the current page for win.back.
 *
 * Returns: %FALSE when nothing in the catalog has @id
 */
gboolean
vigil_window_show (VigilWindow *self,
                   const char  *id)
{
  g_return_val_if_fail (VIGIL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return show_id (self, id, TRUE);
}

/**
 * vigil_window_get_visible_page:
 *
 * Returns: (transfer none): the section or guideline page being shown
 */
GtkWidget *
vigil_window_get_visible_page (VigilWindow *self)
{
  g_return_val_if_fail (VIGIL_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child (self->content_stack);
}

/* The id of the page on screen, for what acts on it (presenting it). */
const char *
vigil_window_get_current_id (VigilWindow *self)
{
  g_return_val_if_fail (VIGIL_IS_WINDOW (self), NULL);
  return current_id (self);
}
