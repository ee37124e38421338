/* vigil-window-search.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-window-private.h"

/* Search lives in the sidebar, as in GNOME Settings: while something is typed, the results
 * take the place of the sections, and a result opens in the content pane beside them, so
 * that the next one is a click or an arrow key away. The focus stays in the entry: Up and
 * Down move through the results, Enter opens one, Escape ends the search. */

static void
on_result_activated_cb (VigilWindow *self,
                        const char  *target_id)
{
  /* A step of one's own outside any guideline is listed on Home. */
  vigil_window_show (self, target_id != NULL ? target_id : "home");
}

static VigilSearchResults *
ensure_results (VigilWindow *self)
{
  if (self->search_results != NULL)
    return self->search_results;

  /* Made on first use: most starts never search, and the first frame need not wait. */
  self->search_results = vigil_search_results_new (self->context);
  g_signal_connect_object (self->search_results, "result-activated",
                           G_CALLBACK (on_result_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->sidebar_stack, GTK_WIDGET (self->search_results), "search");

  return self->search_results;
}

static void
on_search_changed_cb (VigilWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching;

  /* Until something is typed, the sections stay. */
  searching = vigil_search_results_set_text (ensure_results (self), text);
  gtk_stack_set_visible_child_name (self->sidebar_stack, searching ? "search" : "sections");
}

static void
on_search_activate_cb (VigilWindow *self)
{
  if (self->search_results != NULL
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "search") == 0)
    vigil_search_results_activate_selected (self->search_results);
}

static void
on_search_mode_changed_cb (VigilWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
}

static gboolean
move_selection (VigilWindow *self,
                int          delta)
{
  if (self->search_results == NULL
      || g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "search") != 0)
    return FALSE;

  return vigil_search_results_move (self->search_results, delta);
}

/* Ctrl+G and Shift+Ctrl+G, as in other GNOME apps' searches */
static void
on_search_next_cb (VigilWindow *self)
{
  move_selection (self, 1);
}

static void
on_search_previous_cb (VigilWindow *self)
{
  move_selection (self, -1);
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          VigilWindow           *self)
{
  int delta;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      delta = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      delta = -1;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      delta = 5;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      delta = -5;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  return move_selection (self, delta);
}

/* The bar is made on first use, like the results: most starts never search, and a search
 * entry hidden under the header was ~0.7 % of a bare window's startup. */
static void
ensure_search_bar (VigilWindow *self)
{
  GtkWidget *sidebar = gtk_widget_get_parent (GTK_WIDGET (self->sidebar_stack));
  GtkEventController *keys;

  if (self->search_bar != NULL)
    return;

  self->search_bar = GTK_SEARCH_BAR (gtk_search_bar_new ());
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search guidance and notes"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search guidance and notes"),
                                  -1);
  gtk_search_bar_set_child (self->search_bar, GTK_WIDGET (self->search_entry));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match",
                           G_CALLBACK (on_search_next_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match",
                           G_CALLBACK (on_search_previous_cb), self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  /* Before the entry's text moves its cursor with them. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  /* Below the sidebar's header bar */
  gtk_box_insert_child_after (GTK_BOX (sidebar), GTK_WIDGET (self->search_bar),
                              gtk_widget_get_first_child (sidebar));
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->search_bar, "search-mode-enabled",
                          self->search_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

static void
on_search_button_toggled_cb (VigilWindow *self)
{
  /* Once the bar is there, the button is bound to it. */
  if (self->search_bar == NULL && gtk_toggle_button_get_active (self->search_button))
    {
      ensure_search_bar (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  GtkWidget *sidebar = gtk_widget_get_parent (GTK_WIDGET (self->sidebar_stack));

  /* In a folded window the search is on the sidebar's side of the leaflet. Unfolded, the
   * content stays the visible child: the leaflet moves the focus into a visible child that
   * takes over from one holding it, which would take it from the entry on every result. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, sidebar);
  ensure_search_bar (self);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
vigil_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, VigilWindow, search_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_button_toggled_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}

/**
 * vigil_window_search:
 * @text: what to search for
 *
 * Opens search with @text typed in, as when the overview's search hands over to Vigil.
 */
void
vigil_window_search (VigilWindow *self,
                     const char  *text)
{
  g_return_if_fail (VIGIL_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  gtk_window_present (GTK_WINDOW (self));
}
