#!/usr/bin/env python3
"""Checks that a running program loads nothing a fresh install would lack.

Usage: runtime_closure.py check PACKAGE PID
       runtime_closure.py strays PACKAGE

A package's closure is the package and its Depends and Pre-Depends,
recursively, as installed here, with the packages every Debian system has
(Essential: yes, Priority: required).

check: every Qt plugin the process has mapped must come from the closure
(dpkg-shlibdeps sees linked libraries, not the plugins Qt loads at run
time), and every shared object must belong to some package. Other libraries
from outside the closure can only have come through dlopen() of an optional
library (Qt's xcb plugin tries libXcursor, for one): they are listed, not
failed. Exits 1 naming each problem and the package that provides it.

strays: prints the installed packages outside the closure that ship Qt
plugins. Removed from a throwaway root, they leave the plugins a fresh
install has, so that the program shows whether it works without them.
"""
import glob
import os
import re
import subprocess
import sys


def installed_packages():
    """name -> depends, virtual name -> providers, and the packages every
    Debian system has (Essential: yes, Priority: required)."""
    fmt = ("${Package}\t${db:Status-Abbrev}\t${Essential}\t${Priority}\t"
           "${Provides}\t${Depends}, ${Pre-Depends}\n")
    out = subprocess.run(["dpkg-query", "-W", "-f=" + fmt], check=True,
                         capture_output=True, text=True).stdout
    packages, providers, base = {}, {}, []
    for line in out.splitlines():
        name, status, essential, priority, provides, depends = line.split("\t")
        if not status.startswith("ii"):
            continue
        packages[name] = depends
        if essential == "yes" or priority == "required":
            base.append(name)
        for virtual in relation_names(provides):
            providers.setdefault(virtual[0], set()).add(name)
    return packages, providers, base


def relation_names(field):
    """'a (>= 1), b | c:any' -> [['a'], ['b', 'c']]"""
    groups = []
    for group in field.split(","):
        names = [re.sub(r"\(.*?\)|\[.*?\]|<.*?>|:\S+", "", alt).strip()
                 for alt in group.split("|")]
        names = [n for n in names if n]
        if names:
            groups.append(names)
    return groups


def closure(roots, packages, providers):
    seen, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for group in relation_names(packages.get(name, "")):
            # Any installed alternative (or provider of a virtual package)
            # satisfies the group; follow all of them, as apt may pick any.
            for alt in group:
                todo.extend(p for p in [alt] if p in packages)
                todo.extend(providers.get(alt, ()))
    return seen


def owners():
    """real path of every packaged shared object -> its packages"""
    owner = {}
    for listing in glob.glob("/var/lib/dpkg/info/*.list"):
        package = os.path.basename(listing)[:-len(".list")].split(":")[0]
        with open(listing, encoding="utf-8", errors="replace") as f:
            for path in f:
                path = path.rstrip("\n")
                if ".so" in path:
                    # /lib is /usr/lib on a merged-/usr system: compare real paths.
                    owner.setdefault(os.path.realpath(path), set()).add(package)
    return owner


def mapped_objects(pid):
    objects = set()
    with open(f"/proc/{pid}/maps", encoding="utf-8") as f:
        for line in f:
            fields = line.split(None, 5)
            if len(fields) == 6 and re.search(r"\.so(\.|$)", fields[5].strip()):
                objects.add(os.path.realpath(fields[5].strip()))
    return sorted(objects)


def is_qt_plugin(path):
    return "/qt6/plugins/" in path


def check(package, pid, packages, allowed):
    owner = owners()
    objects = mapped_objects(pid)
    problems, optional = [], []
    for obj in objects:
        who = owner.get(obj)
        if who is None:
            problems.append(f"{obj} belongs to no package")
        elif not who & allowed:
            what = f"{obj} ({', '.join(sorted(who))})"
            (problems if is_qt_plugin(obj) else optional).append(what)
    plugins = [o.split("/plugins/", 1)[1] for o in objects if is_qt_plugin(o)]
    print(f"{len(objects)} shared objects loaded; Qt plugins: {' '.join(plugins)}")
    if optional:
        print(f"optional libraries loaded from outside {package}'s dependencies: {' '.join(optional)}")
    for p in problems:
        print(f"outside {package}'s dependencies: {p}")
    return 1 if problems else 0


def strays(packages, allowed):
    owner = owners()
    found = set()
    for path, who in owner.items():
        if is_qt_plugin(path) and os.path.exists(path):
            found |= {p for p in who if p in packages and p not in allowed}
    print("\n".join(sorted(found)))
    return 0


def main():
    mode, package = sys.argv[1], sys.argv[2]
    packages, providers, base = installed_packages()
    if package not in packages:
        sys.exit(f"{package} is not installed")
    allowed = closure([package] + base, packages, providers)
    if mode == "check":
        return check(package, sys.argv[3], packages, allowed)
    if mode == "strays":
        return strays(packages, allowed)
    sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main())
