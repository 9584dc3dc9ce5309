"""The calendar area: sittings and deadlines by month and week."""
