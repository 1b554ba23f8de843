"""Headless Chromium for the web page's tests, as the guide prescribes for running as root."""
import json
import os
import subprocess
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def start_browser(width=1400, height=1000):
    """A fresh headless Chromium with its console and performance logs kept."""
    profile = tempfile.mkdtemp(prefix="medmap-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(width, height)
    return driver


def medmap_json(medmap, *args):
    out = subprocess.run([medmap, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def export(medmap, out, *args):
    subprocess.run([medmap, "export", "--out", out, *args], check=True, capture_output=True, text=True)
    return out


def requested_urls(driver):
    """Every URL the page asked the network stack for (Chrome's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls
