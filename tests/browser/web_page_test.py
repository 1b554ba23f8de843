#!/usr/bin/python3
"""The exported web page in a real browser (headless Chromium), opened from disk.

Checks what issue 12 asks: tooltips equal the core's (medmap info --json), the selectors
recolour the map exactly as the SVG export of the same layer, the keyboard reaches states,
the legend highlights a class, the data table, no console errors, no request but the file,
the size limit, and --embed twice on one page. Prints load and layer-switch timings (the
benchmark in bench/README.md quotes them; they are not asserted here).

usage: web_page_test.py --medmap build/medmap [--keep DIR]
"""
import argparse
import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_support import export, medmap_json, requested_urls, start_browser  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

SIZE_LIMIT = 1_500_000  # bytes (1.5 MB, not MiB), every layer included: 12 specialties x 7 metrics x 4 years (1.26 MB)
ROOT = "medmap-map"  # the page's id for map.html
HOVERED = ["TX", "CA", "CO", "KS", "DC"]  # DC through its callout box
COMPARED = ["TX", "CA", "NV", "FL", "DC"]
LAYERS = [("surgical", "growth", "2012"), ("dental-hygiene", "employment", "2013"),
          ("pharmacy", "mean-wage", "2015")]

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def tooltip_lines(driver):
    tip = driver.find_element(By.CSS_SELECTOR, f"#{ROOT} [role=tooltip]")
    if not tip.is_displayed():
        return None
    heading = tip.find_element(By.CLASS_NAME, "medmap-heading").text
    sub = tip.find_element(By.CLASS_NAME, "medmap-sub").text
    cells = [c.get_attribute("textContent") for c in tip.find_elements(By.CSS_SELECTOR, ".medmap-lines > span")]
    return {"heading": heading, "subheading": sub, "lines": [cells[i:i + 4] for i in range(0, len(cells), 4)]}


def core_tooltip(medmap, usps, specialty, year):
    return medmap_json(medmap, "info", "--state", usps, "--specialty", specialty, "--year", year, "--json")["tooltip"]


def svg_fills(path):
    fills = {}
    for el in ET.parse(path).iter():
        ident = el.get("id", "")
        if ident.startswith("state-"):
            fills[ident[6:]] = el.get("fill")
    return fills


def rgb(hex_color):
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def page_fill(driver, usps):
    return driver.execute_script(
        "return getComputedStyle(document.querySelector(arguments[0])).fill", f"#{ROOT}-state-{usps}")


def wait_ready(driver, root=ROOT):
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("const r = document.getElementById(arguments[0]);"
                                   "return r && r.getAttribute('data-ready')", root))
    return float(driver.execute_script("return document.getElementById(arguments[0]).getAttribute('data-ready')",
                                       root))


def hover(driver, element):
    ActionChains(driver).move_to_element(element).perform()
    WebDriverWait(driver, 5).until(lambda d: tooltip_lines(d) is not None)


def test_tooltips(driver, medmap):
    for usps in HOVERED:
        target = f"#{ROOT}-callout-{usps}" if usps == "DC" else f"#{ROOT}-state-{usps}"
        hover(driver, driver.find_element(By.CSS_SELECTOR, target))
        want = core_tooltip(medmap, usps, "emt", "2014")
        got = tooltip_lines(driver)
        check(got == want, f"hovering {target} shows the core's tooltip for {usps}: {got and got['heading']}")
        if got != want:
            print("  page:", got, "\n  core:", want)


def test_layers(driver, medmap, work):
    for specialty, metric, year in LAYERS:
        for part, value in (("specialty", specialty), ("metric", metric), ("year", year)):
            Select(driver.find_element(By.CSS_SELECTOR, f"#{ROOT} select[data-part={part}]")).select_by_value(value)
        svg = export(medmap, os.path.join(work, f"{specialty}-{metric}-{year}.svg"), "--specialty", specialty,
                     "--metric", metric, "--year", year)
        want = svg_fills(svg)
        texts = driver.execute_script("return Array.from(document.querySelectorAll(arguments[0])).map("
                                      "t => t.textContent)", f"#{ROOT} .medmap-body text")
        svg_texts = [t.text for t in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text")]
        check(texts == svg_texts, f"{specialty}/{metric}/{year}: title, legend, labels and source are the SVG "
                                  f"export's ({texts[-1] if texts else None})")
        for usps in COMPARED:
            got = page_fill(driver, usps)
            check(got == rgb(want[usps]), f"{specialty}/{metric}/{year}: {usps} fill {got} == SVG {want[usps]}")
        hover(driver, driver.find_element(By.CSS_SELECTOR, f"#{ROOT}-state-TX"))
        check(tooltip_lines(driver) == core_tooltip(medmap, "TX", specialty, year),
              f"{specialty}/{metric}/{year}: TX tooltip is the core's")


def test_keyboard(driver, medmap):
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    active = None
    for _ in range(12):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.switch_to.active_element
        if active.get_attribute("data-usps"):
            break
    usps = active.get_attribute("data-usps") if active else None
    check(bool(usps), f"Tab reaches a state ({usps})")
    lines = tooltip_lines(driver)
    year = Select(driver.find_element(By.CSS_SELECTOR, f"#{ROOT} select[data-part=year]")).first_selected_option
    specialty = Select(driver.find_element(By.CSS_SELECTOR, f"#{ROOT} select[data-part=specialty]"))
    want = core_tooltip(medmap, usps, specialty.first_selected_option.get_attribute("value"),
                        year.get_attribute("value")) if usps else None
    check(lines is not None and lines == want, f"focus shows its tooltip ({lines and lines['heading']})")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    nxt = driver.switch_to.active_element.get_attribute("data-usps")
    check(bool(nxt) and nxt != usps, f"Tab moves to the next state ({nxt})")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    pinned = tooltip_lines(driver)
    ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, f"#{ROOT}-state-CA")).perform()
    time.sleep(0.2)
    check(pinned is not None and tooltip_lines(driver) == pinned,
          "Enter pins: hovering another state keeps the pinned tooltip")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    ActionChains(driver).move_by_offset(1, 1).perform()
    time.sleep(0.2)
    after = tooltip_lines(driver)
    check(after is not None and after["heading"] == "California", "Esc unpins: hovering shows that state again")


def test_legend_and_table(driver):
    swatch = driver.find_element(By.CSS_SELECTOR, f"#{ROOT}-legend-class-0")
    ActionChains(driver).move_to_element(swatch).perform()
    time.sleep(0.2)
    counts = driver.execute_script(
        "const s = document.querySelectorAll(arguments[0] + ' [id^=\"' + arguments[1] + '-state-\"]');"
        "let dim = 0, lit = 0; s.forEach(e => e.classList.contains('medmap-dim') ? dim++ : lit++); return [dim, lit];",
        f"#{ROOT}", ROOT)
    check(counts[0] > 0 and counts[1] > 0, f"legend hover dims other classes (dimmed {counts[0]}, lit {counts[1]})")
    table = driver.find_element(By.CSS_SELECTOR, f"#{ROOT}-data")
    hidden_width = table.size["width"]
    toggle = driver.find_element(By.CSS_SELECTOR, f"#{ROOT} .medmap-toggle")
    toggle.click()
    rows = driver.find_elements(By.CSS_SELECTOR, f"#{ROOT}-data tbody tr")
    check(hidden_width <= 2 and table.size["width"] > 100 and len(rows) == 51,
          f"'Show the data' reveals the table ({len(rows)} rows, {hidden_width}px -> {table.size['width']}px)")
    toggle.click()


def test_embed(driver, medmap, work):
    a = export(medmap, os.path.join(work, "first map.html"), "--embed")
    b = export(medmap, os.path.join(work, "second.html"), "--embed", "--specialty", "surgical")
    fragments = [open(p, encoding="utf-8").read() for p in (a, b)]
    for text in fragments:
        body = re.sub(r"<!--.*?-->\s*", "", text, flags=re.S)
        top = re.findall(r"^<(div|style|script)\b", body, flags=re.M)
        check(top == ["div", "style", "script"], f"--embed is one div, one style, one script ({top})")
    page = os.path.join(work, "two maps.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Two maps</title></head><body>"
                "<h1>Article</h1>" + fragments[0] + "<p>Between the maps.</p>" + fragments[1] + "</body></html>")
    driver.get("file://" + page)
    wait_ready(driver, "medmap-first-map")
    wait_ready(driver, "medmap-second")
    ActionChains(driver).move_to_element(driver.find_element(By.ID, "medmap-second-state-TX")).perform()
    time.sleep(0.2)
    tips = driver.execute_script("return ['medmap-first-map-tip', 'medmap-second-tip'].map("
                                 "id => document.getElementById(id).hidden ? '' : "
                                 "document.getElementById(id).querySelector('.medmap-sub').textContent)")
    check(tips[0] == "" and tips[1].startswith("Surgical technologists"),
          f"two embedded maps on one page work apart ({tips})")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    check(not errors, f"no console errors with two embedded maps ({errors[:2]})")


def timings(driver, url):
    loads, switches = [], []
    for _ in range(5):
        driver.get(url)
        loads.append(wait_ready(driver))
        switches.append(driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const s = document.querySelector(arguments[0]);"
            "const t0 = performance.now();"
            "s.value = s.value === 'growth' ? 'median-wage' : 'growth';"
            "s.dispatchEvent(new Event('change'));"
            "document.getElementById(arguments[1]).getBoundingClientRect();"
            "const scripted = performance.now() - t0;"
            "requestAnimationFrame(() => setTimeout(() => done([scripted, performance.now() - t0]), 0));",
            f"#{ROOT} select[data-part=metric]", ROOT))
    loads.sort()
    print(f"timing: load to interactive (performance.now() at the script's end), median of 5: {loads[2]:.0f} ms "
          f"(all {[round(x) for x in loads]})")
    scripted = sorted(s[0] for s in switches)
    painted = sorted(s[1] for s in switches)
    print(f"timing: layer switch, script + layout: median {scripted[2]:.1f} ms; to next frame: median "
          f"{painted[2]:.1f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--medmap", required=True)
    parser.add_argument("--keep", help="write the files here and keep them")
    args = parser.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="medmap-web-")
    os.makedirs(work, exist_ok=True)
    page = export(args.medmap, os.path.join(work, "map.html"))
    size = os.path.getsize(page)
    check(size <= SIZE_LIMIT, f"map.html is {size:,} bytes (limit {SIZE_LIMIT:,})")
    url = "file://" + os.path.abspath(page)

    driver = start_browser()
    try:
        driver.get("about:blank")
        time.sleep(0.5)
        driver.get_log("performance")  # the browser's own start-up pages, before ours
        driver.get(url)
        wait_ready(driver)
        test_tooltips(driver, args.medmap)
        test_legend_and_table(driver)
        test_layers(driver, args.medmap, work)
        test_keyboard(driver, args.medmap)
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        check(not errors, f"no console errors or warnings ({errors[:3]})")
        others = [u for u in requested_urls(driver) if u != url]
        check(not others, f"no request other than the file itself ({others[:3]})")
        timings(driver, url)
        test_embed(driver, args.medmap, work)
    finally:
        driver.quit()
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
