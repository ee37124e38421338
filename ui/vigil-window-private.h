/* vigil-window-private.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "present/vigil-slide-deck.h"
#include "vigil-search-results.h"
#include "vigil-section-page.h"
#include "vigil-window.h"

G_BEGIN_DECLS

struct _VigilWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template Widgets */
  GtkWidget            *back_button;
  GtkMenuButton        *profile_button;
  GtkWidget            *filter_button;
  GMenuModel           *filter_menu;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *primary_menu;
  GtkStack             *content_stack;
  AdwWindowTitle       *content_title;
  GtkWidget            *content;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar_list;
  GtkStack             *sidebar_stack;
  GtkToggleButton      *search_button;
  AdwToastOverlay      *toast_overlay;

  /* Owned References */
  VigilContext         *context;
  GSettings            *settings;

  /* Borrowed References: children of content_stack */
  GtkWidget            *dashboard;
  VigilSectionPage     *section_page;
  GtkWidget            *detail_page;  /* a guideline or entry page, or NULL */
  /* The "Add to Lesson" submenu: the profile's lessons */
  GMenu                *lessons_menu;
  /* Borrowed, made when search is first used: the bar is a child of the sidebar, the entry
   * its child, the results a child of sidebar_stack */
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  VigilSearchResults   *search_results;

  /* Borrowed: the toast on screen, if any */
  AdwToast             *toast;
  /* Set while the window itself causes item-changed (undo, re-sync), which needs no toast */
  gboolean              undoing;
  /* A profile deleted in this session that Undo would bring back, or 0 */
  gint64                deleted_profile;

  /* Ids of the pages to go back to, and forward to again, the nearest last */
  GPtrArray            *history;
  GPtrArray            *forward;
};

/* vigil-window.c */
void      vigil_window_show_toast              (VigilWindow    *self,
                                                const char     *title,
                                                gboolean        with_undo);
void      vigil_window_update_sidebar_progress (VigilWindow    *self);
void      vigil_window_notify_profile          (VigilWindow    *self);
const char *vigil_window_get_current_id        (VigilWindow    *self);

/* vigil-window-profiles.c */
void      vigil_window_profiles_class_init     (GtkWidgetClass *widget_class);
void      vigil_window_profiles_constructed    (VigilWindow    *self);
char     *vigil_window_dup_profile             (VigilWindow    *self);
void      vigil_window_set_profile             (VigilWindow    *self,
                                                const char     *id);
gboolean  vigil_window_undo_profile_deletion   (VigilWindow    *self);

/* vigil-window-export.c */
void      vigil_window_export_class_init       (GtkWidgetClass *widget_class);
gboolean  vigil_window_print_report            (VigilWindow             *self,
                                                GtkPrintOperationAction  action,
                                                const char              *export_path);

/* vigil-window-import.c */
void      vigil_window_import_class_init       (GtkWidgetClass *widget_class);
AdwMessageDialog *vigil_window_ask_import      (VigilWindow    *self,
                                                GBytes         *bytes);

/* vigil-window-present.c */
void      vigil_window_present_class_init      (GtkWidgetClass *widget_class);
void      vigil_window_present_update          (VigilWindow    *self);
void      vigil_window_present_constructed     (VigilWindow    *self);
void      vigil_window_present_deck            (VigilWindow    *self,
                                                VigilSlideDeck *deck);

/* vigil-window-search.c */
void      vigil_window_search_class_init       (GtkWidgetClass *widget_class);

G_END_DECLS
