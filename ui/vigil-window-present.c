/* vigil-window-present.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "vigil-lessons-window.h"
#include "vigil-presentation.h"
#include "vigil-window-private.h"

/* F5 presents what is on screen: a guideline, a section's guidelines, or the guidelines that
 * protect from a threat. Pages with nothing to present (Home, an asset, a glossary term)
 * leave the action off. */

static GStrv
dup_ids_to_present (VigilWindow *self)
{
  const char *id = vigil_window_get_current_id (self);

  if (id == NULL)
    return NULL;
  return vigil_slide_deck_ids_for (vigil_context_get_catalog (self->context), id);
}

/**
 * vigil_window_present_deck:
 * @deck: the slides
 *
 * Starts a presentation of @deck, full screen.
 */
void
vigil_window_present_deck (VigilWindow    *self,
                           VigilSlideDeck *deck)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *monitor = NULL;
  VigilPresentation *presentation;

  presentation = vigil_presentation_new (gtk_window_get_application (GTK_WINDOW (self)), deck);
  gtk_window_set_transient_for (GTK_WINDOW (presentation), GTK_WINDOW (self));
  /* Full screen on the window's screen; sized to it too, for when no window manager is
   * there to make it full screen (a kiosk, a bare X session on a projector). */
  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  surface);
  if (monitor != NULL)
    {
      GdkRectangle area;

      gdk_monitor_get_geometry (monitor, &area);
      gtk_window_set_default_size (GTK_WINDOW (presentation), area.width, area.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (presentation), monitor);
    }
  gtk_window_present (GTK_WINDOW (presentation));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  const char *id = vigil_window_get_current_id (self);
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GError) error = NULL;

  if (id == NULL)
    return;

  deck = vigil_slide_deck_new_for_id (vigil_context_get_catalog (self->context), id, &error);
  if (deck == NULL)
    {
      vigil_window_show_toast (self, error->message, FALSE);
      return;
    }
  vigil_window_present_deck (self, deck);
}

static void
lessons_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (vigil_lessons_window_new (VIGIL_WINDOW (widget))));
}

/* Adds the guideline on screen to lesson @parameter, or to a new lesson when it is 0. */
static void
add_to_lesson_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VigilWindow *self = VIGIL_WINDOW (widget);
  const char *id = vigil_window_get_current_id (self);
  gint64 lesson_id = g_variant_get_int64 (parameter);
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) new_ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (id == NULL ||
      vigil_catalog_lookup_guideline (vigil_context_get_catalog (self->context), id) == NULL)
    return;

  if (lesson_id == 0)
    {
      g_autoptr(GPtrArray) lessons = vigil_context_list_lessons (self->context);
      /* Translators: the name of a new lesson; the number makes it unique */
      g_autofree char *name = g_strdup_printf (_("Lesson %u"), lessons->len + 1);
      const char * const first[] = { id, NULL };

      if (vigil_context_create_lesson (self->context, name, first, &error) <= 0)
        vigil_window_show_toast (self, error->message, FALSE);
      else
        gtk_window_present (GTK_WINDOW (vigil_lessons_window_new (self)));
      return;
    }

  lesson = vigil_context_lookup_lesson (self->context, lesson_id, &error);
  if (lesson != NULL && g_strv_contains ((const char * const *) lesson->guideline_ids, id))
    {
      /* Translators: the lesson's name */
      message = g_strdup_printf (_("Already in “%s”"), lesson->name);
      vigil_window_show_toast (self, message, FALSE);
      return;
    }
  if (lesson != NULL)
    {
      g_strv_builder_addv (ids, (const char **) lesson->guideline_ids);
      g_strv_builder_add (ids, id);
      new_ids = g_strv_builder_end (ids);
    }
  if (lesson == NULL ||
      !vigil_context_set_lesson_guidelines (self->context, lesson_id,
                                            (const char * const *) new_ids, &error))
    {
      vigil_window_show_toast (self, error->message, FALSE);
      return;
    }

  /* Translators: the lesson's name */
  message = g_strdup_printf (_("Added to “%s”"), lesson->name);
  vigil_window_show_toast (self, message, FALSE);
}

/* The "Add to Lesson" submenu lists the profile's lessons, kept current. */
static void
update_lessons_menu (VigilWindow *self)
{
  g_autoptr(GPtrArray) lessons = vigil_context_list_lessons (self->context);

  g_menu_remove_all (self->lessons_menu);
  for (guint i = 0; i < lessons->len; i++)
    {
      VigilLesson *lesson = g_ptr_array_index (lessons, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (lesson->name, NULL);

      g_menu_item_set_action_and_target_value (item, "win.add-to-lesson",
                                               g_variant_new_int64 (lesson->id));
      g_menu_append_item (self->lessons_menu, item);
    }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("_New Lesson"), NULL);

    g_menu_item_set_action_and_target_value (item, "win.add-to-lesson",
                                             g_variant_new_int64 (0));
    g_menu_append_item (self->lessons_menu, item);
  }
}

void
vigil_window_present_update (VigilWindow *self)
{
  g_auto(GStrv) ids = dup_ids_to_present (self);
  const char *id = vigil_window_get_current_id (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present",
                                 ids != NULL && ids[0] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-lesson",
                                 id != NULL &&
                                 vigil_catalog_lookup_guideline (
                                   vigil_context_get_catalog (self->context), id) != NULL);
}

void
vigil_window_present_constructed (VigilWindow *self)
{
  GMenuModel *first_section = g_menu_model_get_item_link (self->primary_menu, 0,
                                                          G_MENU_LINK_SECTION);
  g_autoptr(GMenuItem) submenu = NULL;
  g_autoptr(GMenuItem) lessons = g_menu_item_new (_("_Lessons…"), "win.lessons");

  self->lessons_menu = g_menu_new ();
  submenu = g_menu_item_new_submenu (_("Add _to Lesson"), G_MENU_MODEL (self->lessons_menu));
  /* After "Present This Page", before the report's items. */
  g_menu_insert_item (G_MENU (first_section), 1, submenu);
  g_menu_insert_item (G_MENU (first_section), 2, lessons);
  g_object_unref (first_section);

  update_lessons_menu (self);
  g_signal_connect_object (vigil_context_get_lesson_store (self->context), "changed",
                           G_CALLBACK (update_lessons_menu), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed",
                           G_CALLBACK (update_lessons_menu), self, G_CONNECT_SWAPPED);
}

void
vigil_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.lessons", NULL, lessons_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-lesson", "x",
                                   add_to_lesson_action);
}
