# Avenrae backend (Medusa server or worker) — built once, run as either.
FROM node:20-bookworm-slim

WORKDIR /app
# This image is the backend; the storefront runs as its own service.
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    DISABLE_STOREFRONT=true

COPY package.json package-lock.json ./
COPY scripts/install-storefront.cjs ./scripts/
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
# Compile the backend and the admin now, so containers start without building.
# medusa-config refuses production without strong secrets; the build signs
# nothing, so it gets throwaway ones that live only for this command (the
# containers get theirs from the environment, see docker-compose.yml).
RUN JWT_SECRET="$(node -p "require('crypto').randomBytes(32).toString('hex')")" \
    COOKIE_SECRET="$(node -p "require('crypto').randomBytes(32).toString('hex')")" \
    npx medusa build --lint false \
 && node -r ts-node/register -e "require('./src/scripts/launcher/build-app').stampBuild(require('./src/scripts/launcher/paths').projectPaths('/app'))"

EXPOSE 9000
# The launcher migrates and seeds (server/shared mode) and then runs `medusa start`.
CMD ["npm", "start"]
