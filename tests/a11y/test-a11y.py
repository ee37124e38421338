#!/usr/bin/python3
# test-a11y.py
#
# Copyright 2026 The Vigil developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Checks, through AT-SPI, that a screen reader can name every control of the real Vigil.

Starts the built vigil twice on the same fresh data, on a private Xvfb display with a
private D-Bus session and accessibility bus. The first start checks the first-start
questions and answers them; the second visits, with the mouse, Home, a section, a household
guideline (after adding a step of one's own) and a threat, then opens the header bar's
menus. Everywhere it lists each push button, toggle button, check box, radio button, link,
text entry, spin button, combo box, switch and menu item that is shown but has no name, or
only a GTK type name such as 'GtkImage', and fails with the list. It also ticks a checklist
box and checks that the `checked` state follows, both ways.

    test-a11y.py --vigil BINARY --source-root DIR --session-conf FILE

Exit status: 0 pass, 1 fail, 77 skip (a tool the test needs is not installed).
Environment: VIGIL_A11Y_TIMEOUT_SCALE multiplies every time limit (slow sanitizer builds);
VIGIL_A11Y_DUMP=1 prints each tree that is checked.
"""

import argparse
import glob
import importlib.util
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

SKIP = 77
SYSTEM_PYTHON = '/usr/bin/python3'
LAUNCHER_PATHS = (
    '/usr/libexec/at-spi-bus-launcher',
    '/usr/lib/at-spi2-core/at-spi-bus-launcher',
    '/usr/lib/at-spi2/at-spi-bus-launcher',
)
# Larger than Vigil's window (1100×760 by default), which opens at (0, 0) with no window
# manager: nothing of it is off screen.
SCREEN = (1280, 1024)
SCALE = float(os.environ.get('VIGIL_A11Y_TIMEOUT_SCALE') or 1)
DUMP = os.environ.get('VIGIL_A11Y_DUMP') == '1'

# What the test visits: these ids exist in the shipped catalog (ids-shipped.txt keeps them).
MAIN_TITLE = 'Vigil'
SECTION_ID = 'consumer'
GUIDELINE_ID = 'consumer.passwords'

# The page widgets of the window's content stack, which GTK names after their types.
PAGE_TYPE = re.compile(r'^Vigil\w+Page$')
# The buttons that go on through the first-start questions: '_Next Next' in GTK 4.8.
ADVANCE = re.compile(r'\b(Next|Start)\b')
# GTK 4.8 names a widget that has no label after its type: 'GtkImage', 'GtkSwitch'…
TYPE_NAME = re.compile(r'^(Gtk|Adw|Vigil)[A-Z]\w*$')

# Unnamed controls inside libraries, which Vigil cannot name: reported, not failed on.
LIBRARY_OFFENDERS = (
    # libadwaita 1.2's toast has an icon-only close button with neither label nor tooltip
    # (adw-toast-widget.ui); later versions label it.
    (re.compile(r"filler 'AdwToastWidget' > push button 'GtkImage'  \["),
     "libadwaita 1.2's toast close button"),
)

# A step the test adds to the guideline, to check the rows of a person's own steps.
CUSTOM_STEP = 'Label the router'
# Searched for with the keyboard; the first result must be this guideline.
SEARCH_WORD = 'phishing'
SEARCH_FIRST = 'consumer.phishing'
SEARCH_ENTRY = 'Search guidance and notes'

# Variables that hide the application from AT-SPI, or point at another session's buses.
DROPPED_VARIABLES = ('NO_AT_BRIDGE', 'GTK_A11Y', 'GTK_MODULES', 'DBUS_SESSION_BUS_ADDRESS',
                     'AT_SPI_BUS_ADDRESS', 'WAYLAND_DISPLAY', 'XAUTHORITY')


class TestError(Exception):
    """Something the test needed did not happen; the test cannot go on."""


def timeout(seconds):
    return seconds * SCALE


START = time.monotonic()


def log(message):
    print(message, flush=True)


def progress(message):
    log(f'# {time.monotonic() - START:5.1f} s  {message}')


def wait_for(predicate, what, seconds=10):
    """Polls @predicate until it returns something true, and returns that.

    AT-SPI answers from the application's main loop and GTK applies changes on its next
    frame, so every effect is polled for; errors while the tree changes count as 'not yet'."""
    deadline = time.monotonic() + timeout(seconds)
    last_error = None
    while True:
        try:
            result = predicate()
            if result:
                return result
        except Exception as error:  # GLib.Error from AT-SPI while the tree changes
            last_error = error
        if time.monotonic() > deadline:
            detail = f' (last error: {last_error})' if last_error else ''
            raise TestError(f'timed out after {timeout(seconds):g} s waiting for {what}{detail}')
        time.sleep(0.05)


# --- Outer stage: a display and a session bus of our own -----------------------------------

def find_launcher():
    return next((path for path in LAUNCHER_PATHS if os.access(path, os.X_OK)), None)


def missing_requirements():
    missing = [tool for tool in ('Xvfb', 'dbus-run-session', 'xdotool') if not shutil.which(tool)]
    if find_launcher() is None:
        missing.append('at-spi-bus-launcher (at-spi2-core)')
    if importlib.util.find_spec('gi') is None or importlib.util.find_spec('pyatspi') is None:
        missing.append('Python modules gi and pyatspi (python3-gi, python3-pyatspi)')
    return missing


class Xvfb:
    """A private X server: no window manager, nothing else on screen to catch clicks."""

    def __init__(self, workdir):
        self.log_path = os.path.join(workdir, 'xvfb.log')
        self.process = None

    def __enter__(self):
        read_end, write_end = os.pipe()
        with open(self.log_path, 'w') as log_file:
            # -displayfd picks a free display and writes its number once the server is ready.
            self.process = subprocess.Popen(
                ['Xvfb', '-displayfd', str(write_end),
                 '-screen', '0', f'{SCREEN[0]}x{SCREEN[1]}x24', '-nolisten', 'tcp', '-noreset'],
                pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=log_file, stderr=log_file)
        os.close(write_end)
        try:
            number = self._read_display(read_end)
        finally:
            os.close(read_end)
        return f':{number}'

    def _read_display(self, fd):
        data = b''
        deadline = time.monotonic() + timeout(20)
        while not data.endswith(b'\n'):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                with open(self.log_path, errors='replace') as log_file:
                    raise TestError('Xvfb did not start:\n' + log_file.read())
            if select.select([fd], [], [], min(remaining, 0.5))[0]:
                chunk = os.read(fd, 64)
                if not chunk:
                    continue
                data += chunk
        return data.decode().strip()

    def __exit__(self, *exc):
        stop_process(self.process, 'Xvfb')


def stop_process(process, name, grace=5):
    """Ends a process this test started, politely first."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout(grace))
    except subprocess.TimeoutExpired:
        log(f'# {name} (pid {process.pid}) ignored SIGTERM; killing it')
        process.kill()
        process.wait()


def stop_group(process, grace=5):
    """Ends the process group that @process leads, which this test started."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout(grace))
        # The leader gone, wait for the rest of the group a little, then make sure.
        deadline = time.monotonic() + timeout(grace)
        while time.monotonic() < deadline:
            os.killpg(process.pid, 0)
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # all gone
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def run_outer(args):
    missing = missing_requirements()
    if missing and sys.executable != SYSTEM_PYTHON and os.access(SYSTEM_PYTHON, os.X_OK) \
       and not os.environ.get('VIGIL_A11Y_REEXEC'):
        # A pyenv or venv Python does not see the system's gi and pyatspi.
        os.environ['VIGIL_A11Y_REEXEC'] = '1'
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    if missing:
        log('SKIP: missing ' + '; '.join(missing))
        return SKIP

    workdir = tempfile.mkdtemp(prefix='vigil-a11y-')
    try:
        with Xvfb(workdir) as display:
            env = {key: value for key, value in os.environ.items()
                   if key not in DROPPED_VARIABLES}
            env['DISPLAY'] = display
            env['VIGIL_A11Y_WORKDIR'] = workdir
            command = ['dbus-run-session', '--config-file', args.session_conf, '--',
                       sys.executable, os.path.abspath(__file__), '--inner'] + sys.argv[1:]
            # A process group of its own: dbus-run-session leaves its bus running when it is
            # killed, so on a timeout (or when meson stops the test) the whole group goes.
            inner = subprocess.Popen(command, env=env, start_new_session=True)
            try:
                return inner.wait(timeout=timeout(100))
            except subprocess.TimeoutExpired:
                log('FAIL: the test did not finish in time')
                return 1
            finally:
                stop_group(inner)
    except TestError as error:
        log(f'FAIL: {error}')
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# --- Inner stage: inside the session bus ----------------------------------------------------

def bus_call(bus_name, path, interface, method, args=None, reply=None):
    from gi.repository import Gio, GLib
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    return bus.call_sync(bus_name, path, interface, method, args,
                         GLib.VariantType(reply) if reply else None,
                         Gio.DBusCallFlags.NONE, int(timeout(5) * 1000), None)


def start_a11y_bus():
    """Starts the accessibility bus and waits until applications can find it."""
    launcher = subprocess.Popen([find_launcher(), '--launch-immediately'],
                                stdin=subprocess.DEVNULL)
    wait_for(lambda: launcher.poll() is None and
             bus_call('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress',
                      reply='(s)').unpack()[0],
             'the accessibility bus (org.a11y.Bus.GetAddress)', 20)
    return launcher


def app_environment(workdir):
    """Vigil's environment: throwaway data and settings, no animations, accessibility on."""
    env = {key: value for key, value in os.environ.items() if key not in ('NO_AT_BRIDGE',
                                                                           'GTK_A11Y')}
    config = os.path.join(workdir, 'config')
    os.makedirs(os.path.join(config, 'gtk-4.0'))
    # Pages switch at once, so that positions read over AT-SPI are where things are drawn.
    with open(os.path.join(config, 'gtk-4.0', 'settings.ini'), 'w') as settings:
        settings.write('[Settings]\ngtk-enable-animations=false\n')
    env.update({
        'VIGIL_DATA_DIR': os.path.join(workdir, 'data'),
        'XDG_CONFIG_HOME': config,
        'XDG_CACHE_HOME': os.path.join(workdir, 'cache'),
        'XDG_DATA_HOME': os.path.join(workdir, 'share'),
        'XDG_STATE_HOME': os.path.join(workdir, 'state'),
        'GSETTINGS_BACKEND': 'memory',
        'GSK_RENDERER': 'cairo',
        'GDK_BACKEND': 'x11',
        'ADW_DISABLE_PORTAL': '1',
        'GIO_USE_VFS': 'local',
        'LANG': 'C.UTF-8',
        'LC_ALL': 'C.UTF-8',
    })
    return env


def load_titles(source_root):
    """Every catalog id's title, from the catalog's source files."""
    titles = {}

    def visit(node):
        if isinstance(node, dict):
            if isinstance(node.get('id'), str) and isinstance(node.get('title'), str):
                titles[node['id']] = node
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    pattern = os.path.join(source_root, 'data', 'content', '**', '*.json')
    for path in glob.glob(pattern, recursive=True):
        with open(path, encoding='utf-8') as content:
            visit(json.load(content))
    return titles


class Vigil:
    """The running application, seen through AT-SPI and driven with the X pointer."""

    def __init__(self, process):
        import pyatspi
        from gi.repository import Atspi, GLib

        self.pyatspi = pyatspi
        self.Atspi = Atspi
        self.GLib = GLib
        self.process = process
        # Under a slow (sanitizer) build, AT-SPI's default 800 ms call limit is too short.
        Atspi.set_timeout(int(timeout(5) * 1000), int(timeout(15) * 1000))
        desktop = pyatspi.Registry.getDesktop(0)
        # Read everything afresh: nothing runs the main loop that would keep a cache current.
        # Set on the application itself too: libatspi does not apply the desktop's mask to
        # it, and then answers from what it read before (a page that has just opened is
        # missing, a label shows its old text).
        desktop.set_cache_mask(Atspi.Cache.NONE)
        self.app = wait_for(lambda: self._find_app(desktop), 'Vigil on the accessibility bus', 30)
        self.app.set_cache_mask(Atspi.Cache.NONE)
        self.frame = wait_for(self._find_frame, "Vigil's window in the accessible tree", 30)
        self.window_id = wait_for(self._find_x_window, "Vigil's X window", 20)
        self.border = wait_for(self._measure_border, 'the window to be laid out')

    def _find_app(self, desktop):
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == self.process.pid:
                return app
        return None

    def windows(self):
        """The application's windows on screen."""
        roles = (self.pyatspi.ROLE_FRAME, self.pyatspi.ROLE_DIALOG, self.pyatspi.ROLE_WINDOW,
                 self.pyatspi.ROLE_ALERT)
        return [child for child in self.children(self.app)
                if child.getRole() in roles and self.has_state(child, self.pyatspi.STATE_SHOWING)]

    def other_windows(self):
        return [window for window in self.windows() if window != self.frame]

    def _find_frame(self):
        # The main window, by its title: a first-start window may come up beside it.
        return next((window for window in self.windows()
                     if window.getRole() == self.pyatspi.ROLE_FRAME and
                     window.name == MAIN_TITLE), None)

    def _find_x_window(self):
        # GTK maps small helper windows of its own too: the main one carries the title.
        found = subprocess.run(['xdotool', 'search', '--all', '--onlyvisible',
                                '--pid', str(self.process.pid), '--name', f'^{MAIN_TITLE}$'],
                               capture_output=True, text=True).stdout.split()
        return found[0] if len(found) == 1 else None

    def _measure_border(self):
        """The offset from the X window to the frame: GTK draws a border around its CSD.

        GTK 4.8 reports positions relative to the window only, so clicks add this offset
        and the window's origin."""
        shell = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', self.window_id],
                               capture_output=True, text=True, check=True).stdout
        geometry = dict(line.split('=', 1) for line in shell.split())
        frame = self.extents(self.frame)
        if frame.width <= 1:
            return None
        return (int(geometry['X']) + (int(geometry['WIDTH']) - frame.width) // 2,
                int(geometry['Y']) + (int(geometry['HEIGHT']) - frame.height) // 2)

    # Tree helpers

    def extents(self, accessible):
        return accessible.queryComponent().getExtents(self.pyatspi.WINDOW_COORDS)

    def has_state(self, accessible, state):
        return accessible.getState().contains(state)

    def is_shown(self, accessible):
        """Whether @accessible is on screen, as far as GTK 4.8 tells: VISIBLE, and with a
        size. Nothing of a zero-sized widget is on screen: a stack page never shown, the
        contents of a collapsed expander row, a hidden overlay scrollbar."""
        if not self.has_state(accessible, self.pyatspi.STATE_VISIBLE):
            return False
        if accessible.getRole() in (self.pyatspi.ROLE_FRAME, self.pyatspi.ROLE_APPLICATION):
            return True
        try:
            box = self.extents(accessible)
        except NotImplementedError:
            return True  # no Component interface (a GtkStackPage): look inside
        return box.width > 0 and box.height > 0

    def children(self, accessible):
        """The children of @accessible, each once: GTK 4.8 gives a stack page's child twice."""
        seen = []
        for i in range(accessible.childCount):
            child = accessible.getChildAtIndex(i)
            if child is not None and child not in seen:
                seen.append(child)
        return seen

    def find_all(self, root, predicate, pages=()):
        """Every descendant of @root matching @predicate, on the pages @pages only."""
        found = []
        stack = [root]
        while stack:
            node = stack.pop()
            try:
                if self.is_hidden_page(node, pages):
                    continue
                if predicate(node):
                    found.append(node)
                stack.extend(reversed(self.children(node)))
            except self.GLib.Error:
                pass  # gone while being read, as a toast that times out
        return found

    def find(self, root, role, name, pages=()):
        found = self.find_all(root, lambda node: node.getRole() == role and node.name == name,
                              pages)
        return found[0] if found else None

    def is_hidden_page(self, node, pages):
        """Whether @node is a page of the content stack other than @pages.

        GTK 4.8 keeps every stack page VISIBLE and never sets SHOWING on widgets, and it
        answers no hit-test, so the page on screen is told by its type name."""
        if node.name != 'GtkStackPage':
            return False
        return any(PAGE_TYPE.match(page.name) and page.name not in pages
                   for page in self.children(node))

    def push_buttons(self, root, pages=()):
        """The buttons under @root that can be clicked over AT-SPI."""
        return self.find_all(root, lambda node: node.getRole() == self.pyatspi.ROLE_PUSH_BUTTON
                             and 'click' in self.action_names(node), pages)

    def page(self, page_type):
        return self.find_all(self.frame, lambda node: node.name == page_type, [page_type])

    def shown_page(self, page_type, role=None, name=None):
        """The content page if it is a @page_type, laid out in full, that holds a @role named
        @name (when given).

        Told by what the page holds: there is one section page, which takes each section's
        rows in turn, and a guideline's row in it shows that it holds that section."""
        pages = self.page(page_type)
        if len(pages) != 1:
            return None
        page = self.extents(pages[0])
        stack = self.extents(pages[0].parent.parent)
        if page.width <= 1 or tuple(page) != tuple(stack):
            return None
        if role is not None and self.find(pages[0], role, name, [page_type]) is None:
            return None
        return pages[0]

    def wait_for_page(self, page_type, role=None, name=None):
        what = f"the {page_type}" + (f" with a {self.Atspi.role_get_name(role)} '{name}'"
                                     if role is not None else '')
        return wait_for(lambda: self.shown_page(page_type, role, name), what, 30)

    # Input

    def scroll_pane(self, accessible):
        node = accessible.parent
        while node is not None and node.getRole() != self.pyatspi.ROLE_SCROLL_PANE:
            node = node.parent
        return node

    def scroll_into_view(self, accessible):
        """Scrolls with the mouse wheel until @accessible sits in the middle of its pane.

        The middle, not the edge, so that a toast at the bottom cannot cover it."""
        pane = self.scroll_pane(accessible)
        if pane is None:
            return
        for _ in range(200):
            target = self.extents(accessible)
            view = self.extents(pane)
            centre = target.y + target.height // 2
            if view.y + view.height // 4 <= centre <= view.y + view.height * 3 // 4:
                return
            button = '5' if centre > view.y + view.height // 2 else '4'
            self.pointer(view.x + view.width // 2, view.y + view.height // 2, ['click', button])
            try:
                wait_for(lambda: self.extents(accessible).y != target.y, 'scrolling', 1)
            except TestError:
                # The pane cannot scroll further: fine if the target is in view at all.
                if view.y <= centre <= view.y + view.height:
                    return
                raise
        raise TestError(f"could not scroll '{accessible.name}' into view")

    def pointer(self, x, y, actions):
        """Moves the pointer to window position (@x, @y), then does @actions with xdotool.

        No --sync: it hangs when the pointer is already there, and the X server handles
        the motion before the button events anyway."""
        left, top = self.border
        subprocess.run(['xdotool', 'mousemove', str(left + x), str(top + y)] + actions,
                       check=True, timeout=timeout(10))

    def click(self, accessible):
        """Clicks the middle of @accessible, holding the button 50 ms as a person would: a
        press and release 0-1 ms apart is sometimes lost on a check button."""
        self.scroll_into_view(accessible)
        box = self.extents(accessible)
        if box.width <= 0 or box.height <= 0:
            raise TestError(f"'{accessible.name}' has no size to click")
        self.pointer(box.x + box.width // 2, box.y + box.height // 2,
                     ['mousedown', '1', 'sleep', '0.05', 'mouseup', '1'])

    def action_names(self, accessible):
        try:
            action = accessible.queryAction()
        except NotImplementedError:
            return []
        return [action.getName(i) for i in range(action.nActions)]

    def click_until(self, accessible, effect, what, may_retry):
        """Clicks @accessible until @effect() is true, and returns what it returned.

        For effects that show at once, such as a check box's state or a menu opening: a
        click is now and then lost under Xvfb, and a person would click again. @may_retry()
        says whether clicking again is safe (that the first click has had no effect at all).
        Not for links: a page can take seconds to build, and a second click would land on
        the new page."""
        for _ in range(2):
            self.click(accessible)
            try:
                return wait_for(effect, what, 2)
            except TestError:
                if not may_retry():
                    # The click was taken: its effect is only slow to come.
                    return wait_for(effect, what)
        self.click(accessible)
        return wait_for(effect, what)

    def do_action(self, accessible, name):
        names = self.action_names(accessible)
        if name not in names:
            raise TestError(f"'{accessible.name}' has no '{name}' action")
        accessible.queryAction().doAction(names.index(name))


# --- The checks -----------------------------------------------------------------------------

def control_roles(pyatspi):
    names = ('ROLE_PUSH_BUTTON', 'ROLE_TOGGLE_BUTTON', 'ROLE_CHECK_BOX', 'ROLE_RADIO_BUTTON',
             'ROLE_LINK', 'ROLE_ENTRY', 'ROLE_PASSWORD_TEXT', 'ROLE_SPIN_BUTTON',
             'ROLE_COMBO_BOX', 'ROLE_SWITCH', 'ROLE_MENU_ITEM', 'ROLE_CHECK_MENU_ITEM',
             'ROLE_RADIO_MENU_ITEM', 'ROLE_SLIDER')
    # ROLE_SWITCH is newer than some AT-SPI versions; GTK 4.8 reports switches as check boxes.
    return {getattr(pyatspi, name) for name in names if hasattr(pyatspi, name)}


def needs_name(vigil, node, roles):
    role = node.getRole()
    if role in roles:
        return True
    # An editable text is an entry whatever role GTK gives it.
    return role == vigil.pyatspi.ROLE_TEXT and \
        vigil.has_state(node, vigil.pyatspi.STATE_EDITABLE)


def is_unnamed(name):
    name = (name or '').strip()
    return not name or bool(TYPE_NAME.match(name))


def describe(path):
    """'frame 'Vigil' > list 'Checklist' > check box ''  [0/1/0/…]': the named ancestors, the
    widget itself, and the child indexes that lead to it."""
    named = [f"{role} '{name}'" for role, name, _ in path[:-1] if name]
    role, name, _ = path[-1]
    named.append(f"{role} '{name}'")
    indexes = '/'.join(str(index) for _, _, index in path[1:])
    return ' > '.join(named) + f'  [{indexes}]'


def collect_offenders(vigil, where, pages, offenders, root=None):
    """Adds to @offenders each control shown in @root (the main window by default), on
    the content pages @pages, that has no real name."""
    roles = control_roles(vigil.pyatspi)

    def visit(node, path, depth):
        try:
            if vigil.is_hidden_page(node, pages) or not vigil.is_shown(node):
                return
            name, children = node.name, vigil.children(node)
        except vigil.GLib.Error:
            # Gone while being read, as a toast that times out: a crash is caught when
            # Vigil is closed.
            return
        if DUMP:
            log('#  ' + '  ' * depth + f"{node.getRoleName()} '{name}'")
        if needs_name(vigil, node, roles) and is_unnamed(name):
            offenders.setdefault(describe(path), where)
        for index, child in enumerate(children):
            try:
                step = (child.getRoleName(), child.name, index)
            except vigil.GLib.Error:
                continue
            visit(child, path + [step], depth + 1)

    if DUMP:
        log(f'# Tree of {where}:')
    root = root or vigil.frame
    visit(root, [(root.getRoleName(), root.name, 0)], 0)


def menu_items(vigil, page):
    roles = {vigil.pyatspi.ROLE_MENU_ITEM, vigil.pyatspi.ROLE_CHECK_MENU_ITEM,
             vigil.pyatspi.ROLE_RADIO_MENU_ITEM}
    return vigil.find_all(vigil.frame, lambda node: node.getRole() in roles and
                          vigil.has_state(node, vigil.pyatspi.STATE_VISIBLE), [page])


def check_menus(vigil, offenders, page, where):
    """Opens the header bar's menus one at a time, with the mouse, and checks their items."""
    for name in ('Main Menu', 'Profiles'):
        # The menu button's inner toggle button is the one that can be clicked.
        button = next((button for button in vigil.push_buttons(vigil.frame, [page])
                       if button.name == name), None)
        if button is None:
            raise TestError(f"no '{name}' button in the header bar")
        vigil.click_until(button, lambda: menu_items(vigil, page),
                          f"the items of the '{name}' menu",
                          lambda: not vigil.has_state(button, vigil.pyatspi.STATE_PRESSED))
        collect_offenders(vigil, f"{where}, '{name}' menu open", [page], offenders)
        vigil.click_until(button, lambda: not menu_items(vigil, page),
                          f"the '{name}' menu to close", lambda: bool(menu_items(vigil, page)))


def complete_first_start(vigil, offenders):
    """With no data yet, Vigil asks a few questions in a window over the main one, shown once
    the main window has been painted: checks each of its pages, and goes through them with
    the answers it suggests."""
    pyatspi = vigil.pyatspi
    window = wait_for(lambda: next(iter(vigil.other_windows()), None),
                      'the first-start questions, which Vigil asks when it has no data yet', 20)
    where = f"the '{window.name}' window"

    def layout():
        """Where its pages are: going on slides the next one into view."""
        return [tuple(vigil.extents(pane)) for pane in
                vigil.find_all(window, lambda node: node.getRole() == pyatspi.ROLE_SCROLL_PANE)]

    wait_for(lambda: any(width > 1 for _, _, width, _ in layout()), f'{where} to be laid out')
    for _ in range(10):
        if window not in vigil.other_windows():
            break
        collect_offenders(vigil, where, [], offenders, window)
        advance = [button for button in vigil.push_buttons(window)
                   if ADVANCE.search(button.name)]
        if not advance:
            raise TestError(f'{where} has no Next or Start button to go on with')
        before = layout()
        vigil.do_action(advance[0], 'click')
        wait_for(lambda: window not in vigil.other_windows() or layout() != before,
                 f"{where} to go on after '{advance[0].name}'")
    else:
        raise TestError(f'{where} never closed')
    wait_for(lambda: vigil.has_state(vigil.frame, pyatspi.STATE_SENSITIVE),
             'the main window to take input again')


def add_custom_step(vigil, page):
    """Types a step of one's own into the guideline page, as a person would."""
    pyatspi = vigil.pyatspi
    entry = wait_for(lambda: next(iter(vigil.find_all(
        page, lambda node: node.getRole() == pyatspi.ROLE_TEXT and node.name == 'Add a step' and
        vigil.has_state(node, pyatspi.STATE_EDITABLE))), None), "the 'Add a step' entry")
    vigil.click(entry)
    # Two commands: 'type' takes every argument after it as text.
    subprocess.run(['xdotool', 'type', '--delay', '10', CUSTOM_STEP], check=True,
                   timeout=timeout(20))
    subprocess.run(['xdotool', 'key', 'Return'], check=True, timeout=timeout(10))
    wait_for(lambda: vigil.find_all(page, lambda node: node.getRole() == pyatspi.ROLE_CHECK_BOX
                                    and CUSTOM_STEP in node.name),
             f"the step '{CUSTOM_STEP}' to be added")


def check_checklist_state(vigil, page, title):
    """Ticks a checklist box with the mouse and checks that AT-SPI reports it."""
    pyatspi = vigil.pyatspi
    box = wait_for(lambda: vigil.find(page, pyatspi.ROLE_CHECK_BOX, title),
                   f"a check box named '{title}'")
    if vigil.has_state(box, pyatspi.STATE_CHECKED):
        return [f"check box '{title}' is checked in a new, empty profile"]

    try:
        vigil.click_until(box, lambda: vigil.has_state(box, pyatspi.STATE_CHECKED),
                          f"check box '{title}' to report the checked state after a click",
                          lambda: not vigil.has_state(box, pyatspi.STATE_CHECKED))
    except TestError as error:
        return [str(error)]
    return []


def uncheck(vigil, page, title):
    pyatspi = vigil.pyatspi
    box = vigil.find(page, pyatspi.ROLE_CHECK_BOX, title)
    try:
        vigil.click_until(box, lambda: not vigil.has_state(box, pyatspi.STATE_CHECKED),
                          f"check box '{title}' to drop the checked state after a second click",
                          lambda: vigil.has_state(box, pyatspi.STATE_CHECKED))
    except TestError as error:
        return [str(error)]
    return []


def navigate(vigil, link, page_type, role, name):
    """Clicks @link and waits for the @page_type, holding a @role named @name, that it opens."""
    vigil.click(link)
    return vigil.wait_for_page(page_type, role, name)


def visit_pages(vigil, titles, offenders):
    """Goes Home → section → guideline → threat with the mouse, checking each page."""
    pyatspi = vigil.pyatspi
    problems = []
    section = titles[SECTION_ID]['title']
    guideline = titles[GUIDELINE_ID]
    threat = titles[guideline['threats'][0]]['title']
    first_item = guideline['items'][0]['title']

    vigil.wait_for_page('VigilDashboardPage')
    collect_offenders(vigil, 'Home', ['VigilDashboardPage'], offenders)
    progress('Home checked')

    sidebar = wait_for(lambda: vigil.find(vigil.frame, pyatspi.ROLE_LIST, 'Sections'),
                       'the sidebar')
    row = wait_for(lambda: vigil.find(sidebar, pyatspi.ROLE_LABEL, section),
                   f"the sidebar row '{section}'")
    # The section page stays, and shows the first section before any is chosen: it is this
    # section's once it lists this guideline.
    page = navigate(vigil, row, 'VigilSectionPage', pyatspi.ROLE_LIST_ITEM, guideline['title'])
    collect_offenders(vigil, f"section '{SECTION_ID}'", ['VigilSectionPage'], offenders)
    progress(f"section '{SECTION_ID}' checked")

    row = wait_for(lambda: vigil.find(page, pyatspi.ROLE_LIST_ITEM, guideline['title']),
                   f"the row of '{GUIDELINE_ID}'")
    page = navigate(vigil, row, 'VigilGuidelinePage', pyatspi.ROLE_LABEL, guideline['title'])
    add_custom_step(vigil, page)
    problems += check_checklist_state(vigil, page, first_item)
    # Checked with a box ticked, so that the toast it brings up is checked too.
    collect_offenders(vigil, f"guideline '{GUIDELINE_ID}'", ['VigilGuidelinePage'], offenders)
    if not problems:
        problems += uncheck(vigil, page, first_item)
    progress(f"guideline '{GUIDELINE_ID}' checked")

    row = wait_for(lambda: vigil.find(page, pyatspi.ROLE_LIST_ITEM, threat),
                   f"the row of '{guideline['threats'][0]}'")
    navigate(vigil, row, 'VigilEntryPage', pyatspi.ROLE_LABEL, threat)
    where = f"threat '{guideline['threats'][0]}'"
    collect_offenders(vigil, where, ['VigilEntryPage'], offenders)
    progress(f'{where} checked')

    check_menus(vigil, offenders, 'VigilEntryPage', where)
    progress('menus checked')

    search_by_keyboard(vigil, titles, offenders)

    return problems


def search_by_keyboard(vigil, titles, offenders):
    """Ctrl+F, a word, Down, Enter, Escape: search used with the keyboard alone."""
    pyatspi = vigil.pyatspi
    first = titles[SEARCH_FIRST]['title']
    key = lambda *keys: subprocess.run(['xdotool', 'key'] + list(keys), check=True,
                                       timeout=timeout(10))

    key('ctrl+f')
    wait_for(lambda: vigil.find_all(vigil.frame, lambda node: node.name == SEARCH_ENTRY and
                                    vigil.is_shown(node)), 'the search entry')
    subprocess.run(['xdotool', 'type', '--delay', '20', SEARCH_WORD], check=True,
                   timeout=timeout(20))
    results = wait_for(lambda: vigil.find(vigil.frame, pyatspi.ROLE_LIST, 'Search Results'),
                       'the search results')
    wait_for(lambda: vigil.find(results, pyatspi.ROLE_LIST_ITEM, first),
             f"the result '{first}'")
    collect_offenders(vigil, f"search for '{SEARCH_WORD}'", [], offenders, root=results)

    # Down then Up comes back to the best match, which Enter opens.
    key('Down')
    key('Up')
    key('Return')
    vigil.wait_for_page('VigilGuidelinePage', pyatspi.ROLE_LABEL, first)
    key('Escape')
    wait_for(lambda: vigil.find(vigil.frame, pyatspi.ROLE_LIST, 'Sections'),
             'the sections to come back after Escape')
    progress('search checked')


def quit_vigil(vigil):
    """Closes the window as a person would, and checks that Vigil ends cleanly."""
    try:
        vigil.do_action(vigil.frame, 'window.close')
    except Exception:
        pass  # the reply can lose the race with the application's exit
    try:
        status = vigil.process.wait(timeout=timeout(20))
    except subprocess.TimeoutExpired:
        return ['Vigil did not quit when its window was closed']
    if status != 0:
        return [f'Vigil exited with status {status}']
    return []


def run_inner(args):
    workdir = os.environ.get('VIGIL_A11Y_WORKDIR') or tempfile.mkdtemp(prefix='vigil-a11y-')
    launcher = process = None
    problems = []
    offenders = {}
    try:
        titles = load_titles(args.source_root)
        launcher = start_a11y_bus()
        env = app_environment(workdir)
        # Two starts on the same data: the first, with its questions over the main window;
        # then one as on any later day, with the main window alone for the pages.
        def first_start(vigil):
            vigil.wait_for_page('VigilDashboardPage')
            complete_first_start(vigil, offenders)
            progress('first-start questions checked')

        for run in (first_start, lambda vigil: visit_pages(vigil, titles, offenders)):
            process = subprocess.Popen([args.vigil], env=env, stdin=subprocess.DEVNULL)
            vigil = Vigil(process)
            problems += run(vigil) or []
            problems += quit_vigil(vigil)
            if problems:
                break
    except TestError as error:
        problems.append(str(error))
    except Exception:  # a bug in the test, or AT-SPI failing: report it, and clean up
        problems.append('the test broke:\n' + traceback.format_exc())
    finally:
        if process is not None and process.poll() is not None and process.returncode != 0:
            problems.append(f'Vigil ended during the test, with status {process.returncode}')
        stop_process(process, 'vigil')
        stop_process(launcher, 'at-spi-bus-launcher')

    unnamed = 0
    for path, where in offenders.items():
        known = next((what for pattern, what in LIBRARY_OFFENDERS if pattern.search(path)), None)
        if known:
            log(f'# known, not Vigil\'s ({known}), on {where}: {path}')
        else:
            problems.append(f'no accessible name, on {where}: {path}')
            unnamed += 1
    for problem in problems:
        log(f'FAIL: {problem}')
    if problems:
        log(f'{unnamed} unnamed control(s), {len(problems) - unnamed} other problem(s)')
        return 1
    log('PASS: every control shown has a name, and check boxes report their state')
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--vigil', required=True, help='the vigil binary to test')
    parser.add_argument('--source-root', required=True, help='the source tree, for the catalog')
    parser.add_argument('--session-conf', required=True, help='the D-Bus session configuration')
    parser.add_argument('--inner', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()

    # meson ends a test that runs too long with SIGTERM: clean up as on any other exit.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    return run_inner(args) if args.inner else run_outer(args)


if __name__ == '__main__':
    sys.exit(main())
