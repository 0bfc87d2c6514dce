# Avenrae backend (Medusa server or worker) — built once, run as either.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false

COPY package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
# Compile the backend and the admin now, so containers start without building.
RUN npx medusa build \
 && node -r ts-node/register -e "require('./src/scripts/launcher/build-app').stampBuild(require('./src/scripts/launcher/paths').projectPaths('/app'))"

EXPOSE 9000
# The launcher migrates and seeds (server/shared mode) and then runs `medusa start`.
CMD ["npm", "start"]
