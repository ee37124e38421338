/* vigil-lessons-window.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-lessons"

#include "config.h"

#include <glib/gi18n.h>

#include "export/vigil-export.h"
#include "report/vigil-report.h"
#include "vigil-lessons-window.h"
#include "vigil-page-util.h"
#include "vigil-window-private.h"

/* The trainer's lessons: guidelines in the order they are presented, kept with the profile.
 * Each lesson can be renamed, reordered, presented and printed as a handout, in a language
 * chosen for the audience. Every change is stored at once, as the rest of Vigil does. The
 * window is not modal: a modal window would keep the keys from the presentation it starts. */

struct _VigilLessonsWindow
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwComboRow     *language_row;
  GtkListBox      *lesson_list;
  AdwStatusPage   *empty_page;

  VigilWindow     *window;     /* borrowed: our transient parent */
  VigilContext    *context;
  GStrv            languages;  /* codes, in the order of language_row */
  gint64           expanded;   /* the lesson whose row stays open across a rebuild */
};

G_DEFINE_FINAL_TYPE (VigilLessonsWindow, vigil_lessons_window, ADW_TYPE_WINDOW)

static void rebuild (VigilLessonsWindow *self);

static void
show_error (VigilLessonsWindow *self,
            const GError       *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static VigilLesson *
lesson_of (VigilLessonsWindow *self,
           GtkWidget          *widget)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "lesson-id"));

  return vigil_context_lookup_lesson (self->context, id, NULL);
}

static VigilSlideDeck *
make_deck (VigilLessonsWindow  *self,
           VigilLesson         *lesson,
           GError             **error)
{
  const char *language = vigil_lessons_window_get_language (self);

  if (language == NULL)
    return vigil_slide_deck_new (vigil_context_get_catalog (self->context), lesson->name,
                                 (const char * const *) lesson->guideline_ids, error);
  return vigil_slide_deck_new_in_language (language, lesson->name,
                                           (const char * const *) lesson->guideline_ids, error);
}

static void
on_present_clicked_cb (GtkButton          *button,
                       VigilLessonsWindow *self)
{
  g_autoptr(VigilLesson) lesson = lesson_of (self, GTK_WIDGET (button));

  if (lesson != NULL)
    vigil_lessons_window_present_lesson (self, lesson->id);
}

static void
on_handout_response_cb (GtkNativeDialog    *dialog,
                        int                 response,
                        VigilLessonsWindow *self)
{
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "lesson-id"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      lesson = vigil_context_lookup_lesson (self->context, id, &error);
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (lesson != NULL)
        deck = make_deck (self, lesson, &error);
      if (deck != NULL)
        bytes = vigil_report_render_handout (deck, &error);
      if (bytes == NULL || !vigil_export_write_private (file, bytes, &error))
        show_error (self, error);
      else
        adw_toast_overlay_add_toast (self->toast_overlay,
                                     adw_toast_new (_("Handout saved")));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_handout_clicked_cb (GtkButton          *button,
                       VigilLessonsWindow *self)
{
  g_autoptr(VigilLesson) lesson = lesson_of (self, GTK_WIDGET (button));
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (lesson == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Handout"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  name = g_strconcat (lesson->name, ".pdf", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "lesson-id", GSIZE_TO_POINTER (lesson->id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_handout_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_delete_clicked_cb (GtkButton          *button,
                      VigilLessonsWindow *self)
{
  g_autoptr(VigilLesson) lesson = lesson_of (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (lesson != NULL && !vigil_context_delete_lesson (self->context, lesson->id, &error))
    show_error (self, error);
}

static void
on_name_applied_cb (AdwEntryRow        *row,
                    VigilLessonsWindow *self)
{
  g_autoptr(VigilLesson) lesson = lesson_of (self, GTK_WIDGET (row));
  g_autoptr(GError) error = NULL;

  if (lesson != NULL &&
      !vigil_context_rename_lesson (self->context, lesson->id,
                                    gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    show_error (self, error);
}

/* Moves guideline @index by @delta places, or removes it when @delta is 0. */
static void
change_guidelines (VigilLessonsWindow *self,
                   GtkWidget          *button,
                   int                 delta)
{
  g_autoptr(VigilLesson) lesson = lesson_of (self, button);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (lesson == NULL)
    return;

  for (guint i = 0; lesson->guideline_ids[i] != NULL; i++)
    g_ptr_array_add (ids, lesson->guideline_ids[i]);
  if (delta == 0)
    g_ptr_array_remove_index (ids, index);
  else
    {
      gpointer moved = g_ptr_array_steal_index (ids, index);

      g_ptr_array_insert (ids, (int) index + delta, moved);
    }
  g_ptr_array_add (ids, NULL);

  self->expanded = lesson->id;
  if (!vigil_context_set_lesson_guidelines (self->context, lesson->id,
                                            (const char * const *) ids->pdata, &error))
    show_error (self, error);
}

static void
on_up_clicked_cb (GtkButton          *button,
                  VigilLessonsWindow *self)
{
  change_guidelines (self, GTK_WIDGET (button), -1);
}

static void
on_down_clicked_cb (GtkButton          *button,
                    VigilLessonsWindow *self)
{
  change_guidelines (self, GTK_WIDGET (button), 1);
}

static void
on_remove_clicked_cb (GtkButton          *button,
                      VigilLessonsWindow *self)
{
  change_guidelines (self, GTK_WIDGET (button), 0);
}

static GtkWidget *
tag (GtkWidget   *widget,
     VigilLesson *lesson,
     guint        index)
{
  g_object_set_data (G_OBJECT (widget), "lesson-id", GSIZE_TO_POINTER (lesson->id));
  g_object_set_data (G_OBJECT (widget), "index", GUINT_TO_POINTER (index));
  return widget;
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             GCallback   callback,
             gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", callback, user_data);
  return button;
}

static GtkWidget *
guideline_row (VigilLessonsWindow *self,
               VigilLesson        *lesson,
               guint               index,
               guint               n)
{
  const char *id = lesson->guideline_ids[index];
  VigilGuideline *guideline = vigil_catalog_lookup_guideline (
    vigil_context_get_catalog (self->context), id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *up = tag (icon_button ("go-up-symbolic", _("Move Up"),
                                    G_CALLBACK (on_up_clicked_cb), self), lesson, index);
  GtkWidget *down = tag (icon_button ("go-down-symbolic", _("Move Down"),
                                      G_CALLBACK (on_down_clicked_cb), self), lesson, index);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 guideline != NULL ? vigil_guideline_get_title (guideline) : id);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < n);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             tag (icon_button ("list-remove-symbolic",
                                               _("Remove from Lesson"),
                                               G_CALLBACK (on_remove_clicked_cb), self),
                                  lesson, index));
  return row;
}

static GtkWidget *
lesson_row (VigilLessonsWindow *self,
            VigilLesson        *lesson)
{
  guint n = g_strv_length (lesson->guideline_ids);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *present, *handout, *delete;
  g_autofree char *subtitle =
    g_strdup_printf (ngettext ("%u guideline", "%u guidelines", n), n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lesson->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), lesson->id == self->expanded);

  present = tag (icon_button ("media-playback-start-symbolic", _("Present"),
                              G_CALLBACK (on_present_clicked_cb), self), lesson, 0);
  gtk_widget_set_sensitive (present, n > 0);
  handout = tag (icon_button ("document-save-symbolic", _("Save Handout"),
                              G_CALLBACK (on_handout_clicked_cb), self), lesson, 0);
  gtk_widget_set_sensitive (handout, n > 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), present);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), handout);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), lesson->name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  g_signal_connect (tag (name, lesson, 0), "apply", G_CALLBACK (on_name_applied_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name);

  for (guint i = 0; i < n; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), guideline_row (self, lesson, i, n));

  delete = tag (gtk_button_new_with_mnemonic (_("_Delete Lesson")), lesson, 0);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_widget_set_margin_top (delete, 6);
  gtk_widget_set_margin_bottom (delete, 6);
  gtk_widget_set_margin_end (delete, 6);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete);

  return row;
}

static void
rebuild (VigilLessonsWindow *self)
{
  g_autoptr(GPtrArray) lessons = vigil_context_list_lessons (self->context);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lesson_list))) != NULL)
    gtk_list_box_remove (self->lesson_list, child);
  for (guint i = 0; i < lessons->len; i++)
    gtk_list_box_append (self->lesson_list, lesson_row (self, g_ptr_array_index (lessons, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->lesson_list), lessons->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), lessons->len == 0);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VigilLessonsWindow *self = VIGIL_LESSONS_WINDOW (widget);
  g_autoptr(GPtrArray) lessons = vigil_context_list_lessons (self->context);
  g_autoptr(GError) error = NULL;
  const char * const none[] = { NULL };
  g_autofree char *name =
    /* Translators: the name of a new lesson; the number makes it unique */
    g_strdup_printf (_("Lesson %u"), lessons->len + 1);
  gint64 id;

  id = vigil_context_create_lesson (self->context, name, none, &error);
  if (id <= 0)
    {
      show_error (self, error);
      return;
    }
  self->expanded = id;
  rebuild (self);
}

static void
setup_languages (VigilLessonsWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_auto(GStrv) installed = vigil_slide_deck_list_languages ();

  /* Translators: the language of the slides: the one Vigil is shown in now */
  gtk_string_list_append (names, _("Same as Vigil"));
  g_strv_builder_add (codes, "");
  for (guint i = 0; installed[i] != NULL; i++)
    {
      gtk_string_list_append (names, vigil_page_language_name (installed[i]));
      g_strv_builder_add (codes, installed[i]);
    }
  self->languages = g_strv_builder_end (codes);
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

static void
vigil_lessons_window_dispose (GObject *object)
{
  VigilLessonsWindow *self = (VigilLessonsWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), VIGIL_TYPE_LESSONS_WINDOW);
  g_clear_object (&self->context);
  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (vigil_lessons_window_parent_class)->dispose (object);
}

static void
vigil_lessons_window_class_init (VigilLessonsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vigil_lessons_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/vigil-lessons-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VigilLessonsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VigilLessonsWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, VigilLessonsWindow, lesson_list);
  gtk_widget_class_bind_template_child (widget_class, VigilLessonsWindow, empty_page);
  gtk_widget_class_install_action (widget_class, "lessons.new", NULL, new_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
vigil_lessons_window_init (VigilLessonsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * vigil_lessons_window_new:
 * @window: the main window: its profile's lessons, presented over it
 */
VigilLessonsWindow *
vigil_lessons_window_new (VigilWindow *window)
{
  VigilLessonsWindow *self = g_object_new (VIGIL_TYPE_LESSONS_WINDOW,
                                           "transient-for", window,
                                           NULL);

  self->window = window;
  self->context = g_object_ref (vigil_window_get_context (window));
  setup_languages (self);
  g_signal_connect_object (vigil_context_get_lesson_store (self->context), "changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "profile-changed", G_CALLBACK (rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

/**
 * vigil_lessons_window_get_language:
 *
 * Returns: (nullable): the language chosen for the audience; %NULL for Vigil's own
 */
const char *
vigil_lessons_window_get_language (VigilLessonsWindow *self)
{
  guint selected;

  g_return_val_if_fail (VIGIL_IS_LESSONS_WINDOW (self), NULL);

  selected = adw_combo_row_get_selected (self->language_row);
  if (self->languages == NULL || selected >= g_strv_length (self->languages) ||
      *self->languages[selected] == '\0')
    return NULL;
  return self->languages[selected];
}

/**
 * vigil_lessons_window_set_language:
 * @language: (nullable): a code from vigil_slide_deck_list_languages(), or %NULL for Vigil's
 *
 * Returns: whether that language is installed and now chosen
 */
gboolean
vigil_lessons_window_set_language (VigilLessonsWindow *self,
                                   const char         *language)
{
  g_return_val_if_fail (VIGIL_IS_LESSONS_WINDOW (self), FALSE);

  for (guint i = 0; self->languages[i] != NULL; i++)
    if (g_str_equal (self->languages[i], language != NULL ? language : ""))
      {
        adw_combo_row_set_selected (self->language_row, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * vigil_lessons_window_present_lesson:
 *
 * Starts presenting the lesson, full screen, in the language chosen for the audience.
 *
 * Returns: whether it started; a reason is shown when not
 */
gboolean
vigil_lessons_window_present_lesson (VigilLessonsWindow *self,
                                     gint64              lesson_id)
{
  g_autoptr(VigilLesson) lesson = NULL;
  g_autoptr(VigilSlideDeck) deck = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VIGIL_IS_LESSONS_WINDOW (self), FALSE);

  lesson = vigil_context_lookup_lesson (self->context, lesson_id, &error);
  if (lesson != NULL)
    deck = make_deck (self, lesson, &error);
  if (deck == NULL)
    {
      show_error (self, error);
      return FALSE;
    }

  vigil_window_present_deck (self->window, deck);
  return TRUE;
}
