#!/bin/sh
# Install the unpacked Linux bundle for the current user, without root:
#   tar xzf commission-<version>-linux-x86_64.tar.gz && ./commission/install.sh
# The program goes to ~/.local/opt/commission, the command to ~/.local/bin and the menu entry
# (Office) to ~/.local/share/applications. The database, settings and backups live in
# ~/.local/share/Commission and ~/.config/Commission: installing again never touches them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/commission"
if [ "$here" != "$target" ]; then
    rm -rf "$target.new"
    mkdir -p "$HOME/.local/opt"
    cp -a "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
mkdir -p "$HOME/.local/bin" "$share/applications"
ln -sf "$target/commission" "$HOME/.local/bin/commission"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$target/_internal/resources/icons/commission-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/commission.png"
done
sed "s|^Exec=.*|Exec=\"$target/commission\"|" "$target/commission.desktop" \
    > "$share/applications/commission.desktop"
echo "Commission is installed in $target; start it from the Office menu or with: commission"
