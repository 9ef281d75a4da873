#!/usr/bin/env python3
"""Writes a Weemss-style CSV export of N ticket buyers to stdout: bench/make-export.py 100000 > export.csv"""
import sys

count = int(sys.argv[1])
prefix = sys.argv[2] if len(sys.argv) > 2 else "b"
out = sys.stdout
out.write("Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\r\n")
for i in range(count):
    out.write(f"{prefix}-{i},O-{i // 2},First{i},Last{i},{prefix}{i}@bench.example,Full pass,paid,"
              f"2026-05-04 10:{i % 60:02d}:00\r\n")
