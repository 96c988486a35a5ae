/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const devOrigin = "https://localhost:3000";
// Set MMM_PROD_ORIGIN to the https origin that will host dist/ in production.
const prodOrigin = process.env.MMM_PROD_ORIGIN || "https://www.contoso.com";

async function httpsOptions(env) {
  // Only `webpack serve` needs certificates; OFFICE_DEV_CERTS=0 falls back to webpack-dev-server's self-signed one
  // (office-addin-dev-certs needs sudo to trust its CA; see ../shared/ADDIN-NOTES.md P11).
  if (!env.WEBPACK_SERVE || process.env.OFFICE_DEV_CERTS === "0") return {};
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // dependOn: one webpack runtime, so the task pane and the custom functions share ONE instance of src/core.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ml-random-forest → random-js requires Node's "crypto" only on its Node path; the forest is seeded, so the
      // browser bundle needs no crypto at all.
      fallback: { crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(devOrigin, prodOrigin);
            },
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
    devServer: {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions(env) },
    },
  };
};
