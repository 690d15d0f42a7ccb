#!/usr/bin/python3
"""The cooperatives' portal in a real browser (docs/PORTAL.md): Debian's chromium,
headless, driven by chromedriver through python3-selenium (Debian packages, no
download). Started by tests/centre/PortalBrowserTest.cpp against the real
ocopos-centre with a store's synced history; exits 0 when every step passed.

Steps: log in; the dashboard's figures equal the centre's report (given by the
caller); download a statement PDF and check its text with pdftotext; a foreign
statement and a foreign line are refused; log out, and the dashboard is closed
again. With --screenshots DIR it also saves every page at 360 px and 1280 px.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def wait_for(predicate, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    fail("timed out waiting for " + what)


def browser(download_dir, width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=%d,900" % width, "--lang=vi"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": download_dir,
        "download.prompt_for_download": False,
        "plugins.always_open_pdf_externally": True,
    })
    service = Service(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def log_in(driver, url, login, password):
    driver.get(url + "/portal/login")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait_for(lambda: "/portal/login" not in driver.current_url, "the page after login")


def screenshot_all(url, args, shots):
    os.makedirs(shots, exist_ok=True)
    pages = [("login", "/portal/login", None),
             ("dashboard", "/portal/dashboard?month=" + args.month, args.login),
             ("lines", "/portal/lines?from=%s-01&to=%s-30" % (args.month, args.month), args.login),
             ("statements", "/portal/statements", args.login),
             ("verify", args.verify_path, args.login),
             ("admin", "/portal/admin", args.admin_login),
             ("store", "/portal/store", args.store_login)]
    for width, tag in ((360, "phone"), (1280, "desktop")):
        with tempfile.TemporaryDirectory() as tmp:
            driver = browser(tmp, width)
            try:
                current = None
                for name, path, who in pages:
                    if who != current:
                        driver.delete_all_cookies()
                        if who:
                            log_in(driver, url, who, args.password)
                        current = who
                    driver.get(url + path)
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    driver.set_window_size(width, min(max(height + 120, 640), 6000))
                    driver.save_screenshot(os.path.join(shots, "portal-%s-%s.png" % (name, tag)))
            finally:
                driver.quit()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--login", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--month", required=True)
    p.add_argument("--expect-net", required=True)
    p.add_argument("--expect-payout", required=True)
    p.add_argument("--statement-path", required=True)
    p.add_argument("--statement-text", required=True)
    p.add_argument("--foreign-path", action="append", default=[])
    p.add_argument("--verify-path", required=True)
    p.add_argument("--admin-login", default="")
    p.add_argument("--store-login", default="")
    p.add_argument("--screenshots", default="")
    args = p.parse_args()
    url = args.url

    with tempfile.TemporaryDirectory() as downloads:
        driver = browser(downloads, 360)
        try:
            log_in(driver, url, args.login, args.password)
            cookie = driver.get_cookie("ocopos_session")
            if not cookie or not cookie.get("secure") or not cookie.get("httpOnly"):
                fail("the session cookie is missing or not Secure/HttpOnly: %r" % (cookie,))

            driver.get(url + "/portal/dashboard?month=" + args.month)
            figures = driver.find_element(By.ID, "figures")
            if figures.get_attribute("data-net") != args.expect_net:
                fail("dashboard net %s, the centre's report %s" % (figures.get_attribute("data-net"), args.expect_net))
            if figures.get_attribute("data-payout") != args.expect_payout:
                fail("dashboard payout %s, report %s" % (figures.get_attribute("data-payout"), args.expect_payout))
            if "khớp" not in driver.find_element(By.ID, "report-check").text:
                fail("the dashboard does not say it matches the report")
            if not driver.find_elements(By.CSS_SELECTOR, "svg.chart"):
                fail("no chart on the dashboard")
            # Readable at 360 px: nothing wider than the screen but the tables' own scroll boxes.
            overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
            if overflow:
                fail("the dashboard scrolls sideways at 360 px")

            driver.get(url + "/portal/statements")
            link = driver.find_element(By.CSS_SELECTOR, 'a[href="%s"]' % args.statement_path)
            link.click()
            pdf = wait_for(lambda: [f for f in os.listdir(downloads) if f.endswith(".pdf")], "the statement PDF")
            path = os.path.join(downloads, pdf[0])
            wait_for(lambda: os.path.getsize(path) > 0, "the PDF's bytes")
            text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode()
            if args.statement_text not in text:
                fail("the statement PDF does not contain %r:\n%s" % (args.statement_text, text))

            for foreign in args.foreign_path:
                driver.get(url + foreign)
                if "Không tìm thấy" not in driver.find_element(By.TAG_NAME, "h1").text:
                    fail("foreign URL %s was not refused: %s" % (foreign, driver.page_source[:500]))

            driver.get(url + "/portal/dashboard")
            driver.find_element(By.CSS_SELECTOR, "header form button").click()
            wait_for(lambda: "/portal/login" in driver.current_url, "the login page after logout")
            driver.get(url + "/portal/dashboard?month=" + args.month)
            if "/portal/login" not in driver.current_url:
                fail("the dashboard is still open after logout")
        finally:
            driver.quit()

    if args.screenshots:
        screenshot_all(url, args, args.screenshots)
    print("portal browser test passed")


if __name__ == "__main__":
    main()
